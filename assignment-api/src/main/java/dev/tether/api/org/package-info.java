/** Creating orgs, their tokens and their settings. */
package dev.tether.api.org;
