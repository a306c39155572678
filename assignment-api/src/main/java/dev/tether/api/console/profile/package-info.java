/** My profile, and the QR codes people hand out: the image, the link, the exact message, downloads. */
package dev.tether.api.console.profile;
