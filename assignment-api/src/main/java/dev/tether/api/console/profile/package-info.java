/** My profile, and the QR codes people hand out: the image, the link, the exact message, downloads. */
@NullMarked
package dev.tether.api.console.profile;

import org.jspecify.annotations.NullMarked;
