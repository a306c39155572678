/** The Assignment API: external systems push assignment decisions in. */
package dev.tether.api.assignment;
