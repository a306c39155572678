/** Managing an org's agents. */
package dev.tether.api.agent;
