/** Connecting LINE Official Accounts. */
package dev.tether.api.channel;
