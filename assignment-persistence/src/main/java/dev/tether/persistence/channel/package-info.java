/** LINE Official Accounts connected to an org, with their secrets. */
package dev.tether.persistence.channel;
