/** The bootable Tether application and its settings. */
package dev.tether.api;
