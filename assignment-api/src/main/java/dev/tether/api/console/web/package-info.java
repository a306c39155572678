/** What every console page shares: the signed-in person, forms with the API's errors, error pages. */
@NullMarked
package dev.tether.api.console.web;

import org.jspecify.annotations.NullMarked;
