package org.signpost.notifications.application;

/** One text message ready to hand over: the phone number, the words, a reference for the channel's records. */
public record OutgoingSms(String phoneNumber, String text, String reference) {
}
