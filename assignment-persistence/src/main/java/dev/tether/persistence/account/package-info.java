/** Console accounts: passwords set through invite links, and sign-ins throttled per email. */
package dev.tether.persistence.account;
