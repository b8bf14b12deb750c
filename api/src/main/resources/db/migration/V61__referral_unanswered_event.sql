-- When the referral.unanswered event was published for a sent onward referral that its group did not answer within
-- signpost.referrals.answer-within: once per referral (a referral is sent once).
ALTER TABLE onward_referral ADD COLUMN unanswered_reported_at DATETIME(6) NULL;
