/** Tether's LINE side: webhook intake, binding-code replies, links into LINE chats. */
package dev.tether.line;
