/** Team and user sync: CSV import, export and templates for agents and teams. */
package dev.tether.api.sync;
