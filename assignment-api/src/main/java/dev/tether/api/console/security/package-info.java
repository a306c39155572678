/** Console sign-in: form login with sessions and CSRF, throttled, apart from the API's bearer tokens. */
@NullMarked
package dev.tether.api.console.security;

import org.jspecify.annotations.NullMarked;
