/** Designated assignment over the API: binding codes, their links and QR codes. */
package dev.tether.api.binding;
