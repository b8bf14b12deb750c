-- The audit log cannot be changed or deleted through SQL, whoever asks. (On MySQL with binary
-- logging on, creating triggers needs the TRIGGER privilege and log_bin_trust_function_creators=1
-- or SUPER for the migrating user; MariaDB and MySQL both accept this single-statement form.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
