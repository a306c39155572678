/** Small helpers every controller shares: ids as strings, tag lists, pages, file downloads. */
@NullMarked
package dev.tether.api.web;

import org.jspecify.annotations.NullMarked;
