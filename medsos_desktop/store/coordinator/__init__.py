"""The coordinator's own database: an index of a central folder, and its trust decisions.

`db.CoordinatorDB` composes schema.py (tables, versions, migrations), rows.py (what is
read and written), base.py (opening, transactions), scan_writes.py (a scan into the
index), trust.py (devices and decisions) and views.py (what the window shows).

It lives in the coordinator's data folder, never on the share (the protocol forbids a
database there, and SQLite over SMB corrupts). Two kinds of tables:

- the index (`revision`, `revision_fts`, `entry`, `post_dir`, `agency`, `scan_device`,
  `dirty_device`): a cache of what the folder held at the last scan. On a schema
  version mismatch it is dropped and rebuilt by the next (full) scan.
- decisions (`device_trust`, `device_high_sequence`, `revision_memory`, `trust_log`):
  which device keys the coordinator trusts, the highest sequence number accepted from
  each device, and which signed revisions it has seen (so a revision deleted and copied
  back is recognised as new). They survive a rebuild. Trust decisions (and each newly
  pinned key) are committed with synchronous=FULL; everything else with NORMAL: a power
  cut may lose the last scan, which the next one redoes, and as WAL commits are kept in
  order, the highest sequences never get ahead of the revisions that raised them.

Effective statuses (the folder's verdict combined with trust) are computed in SQL at
query time (`EFFECTIVE_STATUS`), so a trust decision takes effect without a rescan.
The sequence-number rules need every signed revision of a device, so a device whose
revisions changed is "dirty" until the service has applied them (`dirty_signed`,
`apply_replays`); meanwhile its revisions show as pending, never as valid, even if the
scan is interrupted. Knows nothing of the sync layer: the service translates.
"""
