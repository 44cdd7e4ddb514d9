-- A user's subscription tier picks its rate-limit budget (issue 5, R16.4); none by default.
ALTER TABLE users ADD COLUMN subscription_tier VARCHAR(32);
