/** Console accounts: passwords set through invite links, and sign-ins throttled per email. */
@NullMarked
package dev.tether.persistence.account;

import org.jspecify.annotations.NullMarked;
