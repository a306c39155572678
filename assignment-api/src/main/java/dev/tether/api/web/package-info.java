/** Small helpers every controller shares: ids as strings, tag lists, pages, file downloads. */
package dev.tether.api.web;
