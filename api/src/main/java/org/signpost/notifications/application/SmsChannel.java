package org.signpost.notifications.application;

/** Where text messages go out: GOV.UK Notify. Only present when Notify is the channel. */
public interface SmsChannel {

    /** @throws TransactionalEmail.EmailNotSent (the same failure: the message was not handed over) */
    void send(OutgoingSms sms);
}
