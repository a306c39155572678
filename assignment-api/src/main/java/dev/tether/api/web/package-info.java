/** Small helpers every controller shares: ids as strings, tag lists, pages. */
package dev.tether.api.web;
