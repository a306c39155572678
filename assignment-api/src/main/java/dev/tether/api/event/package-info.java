/** Reading the outbound events Tether has recorded. */
package dev.tether.api.event;
