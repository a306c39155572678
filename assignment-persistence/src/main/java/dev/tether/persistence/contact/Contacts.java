package dev.tether.persistence.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** All contacts, one per LINE user and channel. */
public interface Contacts extends JpaRepository<Contact, Long> {

	/**
	 * Creates the contact if it is new and, either way, locks its row until the transaction
	 * ends: everything that changes a contact's binding or conversation happens under this lock.
	 */
	@NativeQuery("""
			insert into contact (org_id, channel_id, line_user_id, created_at) values (?1, ?2, ?3, now())
			on conflict (channel_id, line_user_id) do update set line_user_id = excluded.line_user_id
			returning id""")
	long upsertAndLock(long orgId, long channelId, String lineUserId);

	Optional<Contact> findByChannelIdAndLineUserId(Long channelId, String lineUserId);

	/** Locks a known contact's row until the transaction ends. */
	@NativeQuery("select id from contact where id = ?1 for update")
	List<Long> lock(long contactId);
}
