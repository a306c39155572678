/** Orgs, their settings and their API tokens. */
package dev.tether.persistence.org;
