<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Medsos Desktop</source>
        <translation>Tentang Medsos Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Drafting, approval and signed hand-over of government social media posts, for agencies and their Diskominfo.</source>
        <translation>Penyusunan, persetujuan, dan penyerahan bertanda tangan posting media sosial pemerintah, untuk instansi dan Diskominfo-nya.</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Pustaka perangkat lunak</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Who is using Medsos Desktop?</source>
        <translation>Siapa yang memakai Medsos Desktop?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Your name is needed.</source>
        <translation>Nama Anda wajib diisi.</translation>
    </message>
</context>
<context>
    <name>AdminFields</name>
    <message>
        <source>You, the admin at this PC</source>
        <translation>Anda, admin di PC ini</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>mis. {example}</translation>
    </message>
    <message>
        <source>Your name appears in the history of every post you write or submit, and a reviewer can never approve a post of their own.</source>
        <translation>Nama Anda tercatat di riwayat setiap posting yang Anda tulis atau ajukan, dan peninjau tidak pernah dapat menyetujui posting miliknya sendiri.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your position (jabatan)</source>
        <translation>Jabatan Anda</translation>
    </message>
</context>
<context>
    <name>AgencyActions</name>
    <message>
        <source>Brand kit saved.</source>
        <translation>Identitas visual tersimpan.</translation>
    </message>
    <message>
        <source>You can fill in your agency profile any time from the Agency menu.</source>
        <translation>Profil instansi dapat diisi kapan saja melalui menu Instansi.</translation>
    </message>
    <message>
        <source>Agency profile saved.</source>
        <translation>Profil instansi tersimpan.</translation>
    </message>
    <message>
        <source>Your own workspace</source>
        <translation>Ruang kerja Anda sendiri</translation>
    </message>
    <message>
        <source>The workspace of {name} is ready. The sample posts of the sample agency are no longer in your list (Help → Look at the sample workspace shows them again, read-only).

Your infographics and approval sheets need your agency&apos;s logo, colours and footer. Set up the brand kit now?</source>
        <translation>Ruang kerja {name} sudah siap. Posting contoh dari instansi contoh tidak lagi ada di daftar Anda (Bantuan → Lihat ruang kerja contoh menampilkannya kembali, hanya untuk dibaca).

Infografis dan lembar persetujuan Anda memerlukan logo, warna, dan footer instansi Anda. Atur identitas visual sekarang?</translation>
    </message>
    <message>
        <source>Set up brand kit</source>
        <translation>Atur identitas visual</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>made on another post</source>
        <translation>dibuat untuk postingan lain</translation>
    </message>
    <message>
        <source>made on another revision</source>
        <translation>dibuat untuk revisi lain</translation>
    </message>
    <message>
        <source>made on a version of the post that has been edited since</source>
        <translation>dibuat pada versi postingan yang sudah disunting sesudahnya</translation>
    </message>
    <message>
        <source>{name} is not a reviewer of step {step}</source>
        <translation>{name} bukan peninjau tahap {step}</translation>
    </message>
    <message>
        <source>signed by a reviewer this agency has not registered</source>
        <translation>ditandatangani peninjau yang tidak terdaftar di instansi ini</translation>
    </message>
    <message>
        <source>{name} was not an active reviewer when it was signed</source>
        <translation>{name} bukan peninjau aktif saat menandatanganinya</translation>
    </message>
    <message>
        <source>made for step {step} before the steps before it were complete</source>
        <translation>dibuat untuk tahap {step} sebelum tahap-tahap sebelumnya selesai</translation>
    </message>
    <message>
        <source>{name} had already decided step {step}</source>
        <translation>{name} sudah memutuskan tahap {step}</translation>
    </message>
    <message>
        <source>made for step {step}, which was already complete</source>
        <translation>dibuat untuk tahap {step}, yang sudah selesai</translation>
    </message>
    <message>
        <source>arrived after the chain was already decided</source>
        <translation>tiba setelah rantai persetujuan sudah diputuskan</translation>
    </message>
    <message>
        <source>signed by reviewers</source>
        <translation>ditandatangani peninjau</translation>
    </message>
    <message>
        <source>PIN on the admin&apos;s PC</source>
        <translation>PIN di komputer admin</translation>
    </message>
    <message>
        <source>WhatsApp evidence</source>
        <translation>bukti WhatsApp</translation>
    </message>
    <message>
        <source>no approval recorded</source>
        <translation>tanpa catatan persetujuan</translation>
    </message>
    <message>
        <source>proof does not hold</source>
        <translation>bukti gagal diperiksa</translation>
    </message>
    <message>
        <source>An approval chain needs at least one step.</source>
        <translation>Rantai persetujuan memerlukan paling sedikit satu tahap.</translation>
    </message>
    <message>
        <source>Every step needs at least one reviewer.</source>
        <translation>Setiap tahap memerlukan paling sedikit satu peninjau.</translation>
    </message>
    <message>
        <source>A step names a reviewer who is not registered with this agency.</source>
        <translation>Ada tahap yang menyebut peninjau yang tidak terdaftar di instansi ini.</translation>
    </message>
</context>
<context>
    <name>ApprovalSheet</name>
    <message>
        <source>not scheduled</source>
        <translation>belum dijadwalkan</translation>
    </message>
    <message>
        <source>Approval Sheet for Social Media Content Publication</source>
        <translation>Lembar Persetujuan Publikasi Konten Media Sosial</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Nomor: {number}</translation>
    </message>
    <message>
        <source>Content title</source>
        <translation>Judul konten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Planned publication</source>
        <translation>Rencana tayang</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>Sheet date</source>
        <translation>Tanggal lembar</translation>
    </message>
    <message>
        <source>C. Images ({count})</source>
        <translation>C. Gambar ({count})</translation>
    </message>
    <message>
        <source>This post has no images.</source>
        <translation>Unggahan ini tidak memiliki gambar.</translation>
    </message>
    <message>
        <source>Image {index} of {count}. Alt text: {alt}</source>
        <translation>Gambar {index} dari {count}. Teks alternatif: {alt}</translation>
    </message>
    <message>
        <source>(no alt text yet)</source>
        <translation>(belum ada teks alternatif)</translation>
    </message>
    <message>
        <source>Image {index} is not available on this computer.</source>
        <translation>Gambar {index} tidak tersedia di komputer ini.</translation>
    </message>
    <message>
        <source>A. Caption text</source>
        <translation>A. Teks unggahan (caption)</translation>
    </message>
    <message>
        <source>Caption for {platforms}</source>
        <translation>Teks untuk {platforms}</translation>
    </message>
    <message>
        <source>Own version for {platforms} (differs from the caption above)</source>
        <translation>Versi khusus {platforms} (berbeda dari teks di atas)</translation>
    </message>
    <message>
        <source>Added to the caption above: {words}</source>
        <translation>Ditambahkan pada teks di atas: {words}</translation>
    </message>
    <message>
        <source>Left out of it: {words}</source>
        <translation>Dihilangkan dari teks di atas: {words}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>no platform chosen yet</source>
        <translation>belum ada platform dipilih</translation>
    </message>
    <message>
        <source>B. Automatic caption checks</source>
        <translation>B. Hasil pemeriksaan otomatis</translation>
    </message>
    <message>
        <source>The same checks the editor shows. An error must be fixed, or the reviewer writes a reason for publishing anyway.</source>
        <translation>Pemeriksaan yang sama dengan yang ditampilkan editor. Kesalahan harus diperbaiki, atau pemeriksa menuliskan alasan tetap menayangkannya.</translation>
    </message>
    <message>
        <source>No findings: the checks found nothing to fix.</source>
        <translation>Tidak ada temuan: pemeriksaan tidak menemukan yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>D. Checklist (tick each item)</source>
        <translation>D. Daftar periksa (centang setiap butir)</translation>
    </message>
    <message>
        <source>E. Notes</source>
        <translation>E. Catatan</translation>
    </message>
    <message>
        <source>F. Decision</source>
        <translation>F. Keputusan</translation>
    </message>
    <message>
        <source>Approved for publication</source>
        <translation>Disetujui untuk dipublikasikan</translation>
    </message>
    <message>
        <source>Returned for changes (see notes)</source>
        <translation>Dikembalikan untuk perbaikan (lihat catatan)</translation>
    </message>
    <message>
        <source>Date of decision: .....................</source>
        <translation>Tanggal keputusan: .....................</translation>
    </message>
    <message>
        <source>Submitted by,</source>
        <translation>Diajukan oleh,</translation>
    </message>
    <message>
        <source>Approved by,</source>
        <translation>Menyetujui,</translation>
    </message>
    <message>
        <source>Position: ....................................</source>
        <translation>Jabatan: ....................................</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>NIP ....................................</source>
        <translation>NIP ....................................</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>After signing, the reviewer also records this decision in Medsos Desktop: with their PIN on the admin&apos;s PC, or on their own PC.</source>
        <translation>Setelah menandatangani, peninjau juga mencatat keputusan ini di Medsos Desktop: dengan PIN-nya di PC admin, atau di PC-nya sendiri.</translation>
    </message>
    <message>
        <source>DRAFT: not submitted for approval yet, do not sign</source>
        <translation>DRAF: belum diajukan untuk persetujuan, jangan ditandatangani</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAF</translation>
    </message>
    <message>
        <source>Date of decision: {date}</source>
        <translation>Tanggal keputusan: {date}</translation>
    </message>
    <message>
        <source>Recorded in Medsos Desktop: approved by {name} on {date}, confirmed with their PIN.</source>
        <translation>Tercatat di Medsos Desktop: disetujui oleh {name} pada {date}, dikonfirmasi dengan PIN-nya.</translation>
    </message>
    <message>
        <source>Recorded in Medsos Desktop: approved by {name}; the last step on {date}. Each step was signed on the reviewer&apos;s own PC with their key; Diskominfo checks the signatures.</source>
        <translation>Tercatat di Medsos Desktop: disetujui oleh {name}; tahap terakhir pada {date}. Setiap tahap ditandatangani di PC peninjau sendiri dengan kuncinya; Diskominfo memeriksa tanda tangan tersebut.</translation>
    </message>
    <message>
        <source>Recorded in Medsos Desktop: approved by {name} in a WhatsApp reply received on {date}; the screenshot of the reply is kept with the post.</source>
        <translation>Tercatat di Medsos Desktop: disetujui oleh {name} lewat balasan WhatsApp yang diterima pada {date}; tangkapan layar balasan disimpan bersama posting.</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>bendera</translation>
    </message>
    <message>
        <source>en</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>event {seq} was changed after it was written</source>
        <translation>peristiwa {seq} diubah setelah dicatat</translation>
    </message>
    <message>
        <source>event {seq} does not follow the event before it (an event was replaced)</source>
        <translation>peristiwa {seq} tidak menyambung ke peristiwa sebelumnya (ada peristiwa yang diganti)</translation>
    </message>
    <message>
        <source>events before event {seq} were removed (expected number {expected})</source>
        <translation>peristiwa sebelum peristiwa {seq} dihapus (seharusnya nomor {expected})</translation>
    </message>
    <message>
        <source>event {seq} is out of order (expected number {expected})</source>
        <translation>urutan peristiwa {seq} salah (seharusnya nomor {expected})</translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>disunting</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>diajukan untuk ditinjau</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>diputuskan</translation>
    </message>
    <message>
        <source>approval voided by an edit</source>
        <translation>persetujuan batal karena disunting</translation>
    </message>
    <message>
        <source>sent to the central folder</source>
        <translation>dikirim ke folder pusat</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status berubah</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>dipindah ke tempat sampah</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>dipulihkan dari tempat sampah</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>dihapus permanen</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>There is nothing to back up yet: the data folder {path} has no database.</source>
        <translation>Belum ada yang dapat dicadangkan: folder data {path} belum memiliki basis data.</translation>
    </message>
    <message>
        <source>The database in {path} is larger than {limit} GB, more than a backup file may hold. Remove old posts&apos; photos you no longer need, or ask IT staff to copy the data folder.</source>
        <translation>Basis data di {path} lebih besar dari {limit} GB, melebihi kapasitas berkas cadangan. Hapus foto posting lama yang tidak diperlukan, atau minta staf TI menyalin folder data.</translation>
    </message>
    <message>
        <source>The backup could not be written to {file} ({reason}). Choose another folder or free some space, then try again.</source>
        <translation>Cadangan tidak dapat ditulis ke {file} ({reason}). Pilih folder lain atau kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}). Check that it is still there and that you may open it.</source>
        <translation>Berkas {file} tidak dapat dibaca ({reason}). Pastikan berkas masih ada dan Anda berhak membukanya.</translation>
    </message>
    <message>
        <source>This file is not a Medsos Desktop backup: {file}. Choose a .medsos-backup file made by Medsos Desktop. Nothing has been changed.</source>
        <translation>Berkas ini bukan cadangan Medsos Desktop: {file}. Pilih berkas .medsos-backup yang dibuat Medsos Desktop. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged ({reason}) and cannot be restored. Use another backup; nothing has been changed.</source>
        <translation>Cadangan {file} rusak ({reason}) dan tidak dapat dipulihkan. Pakai cadangan lain; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup is damaged: {member} does not match its checksum. Use another backup; nothing has been changed.</source>
        <translation>Cadangan rusak: {member} tidak cocok dengan checksum-nya. Pakai cadangan lain; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {file} contains an unsafe entry ({member}: {reason}) and was refused. It was not made by Medsos Desktop or has been tampered with; nothing has been changed.</source>
        <translation>Cadangan {file} berisi entri yang tidak aman ({member}: {reason}) dan ditolak. Cadangan ini bukan buatan Medsos Desktop atau telah diubah; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {file} contains {member}, which a Medsos Desktop backup never holds. It was not made by Medsos Desktop or has been changed; nothing has been changed.</source>
        <translation>Cadangan {file} berisi {member}, yang tidak pernah ada dalam cadangan Medsos Desktop. Cadangan ini bukan buatan Medsos Desktop atau telah diubah; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {file} would unpack to far more than it holds ({member}: {reason}); it is damaged or not a real backup and was refused. Nothing has been changed.</source>
        <translation>Cadangan {file} akan membengkak jauh melebihi isinya saat dibuka ({member}: {reason}); cadangan rusak atau palsu dan ditolak. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version {version} of Medsos Desktop; update the app first, then restore it. Nothing has been changed.</source>
        <translation>Cadangan ini dibuat oleh Medsos Desktop versi lebih baru {version}; perbarui aplikasi terlebih dahulu, lalu pulihkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database in the backup comes from a newer version of Medsos Desktop (schema {revision}); update the app first, then restore it. Nothing has been changed.</source>
        <translation>Basis data dalam cadangan berasal dari Medsos Desktop versi lebih baru (skema {revision}); perbarui aplikasi terlebih dahulu, lalu pulihkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database in the backup {file} is damaged ({reason}). Use another backup; nothing has been changed.</source>
        <translation>Basis data dalam cadangan {file} rusak ({reason}). Pakai cadangan lain; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {file} could not be checked ({reason}). Free some space on this computer&apos;s disk and try again.</source>
        <translation>Cadangan {file} tidak dapat diperiksa ({reason}). Kosongkan sebagian ruang disk komputer ini dan coba lagi.</translation>
    </message>
    <message>
        <source>Close Medsos Desktop before restoring: the data folder {path} is in use by another window or command. Nothing has been changed.</source>
        <translation>Tutup Medsos Desktop sebelum memulihkan: folder data {path} sedang dipakai jendela atau perintah lain. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is not enough free space in {path} to unpack this backup (needs {needed} MB, {free} MB free). Free some space and try again; nothing has been changed.</source>
        <translation>Ruang kosong di {path} tidak cukup untuk membuka cadangan ini (perlu {needed} MB, tersedia {free} MB). Kosongkan sebagian ruang dan coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Your previous data is in place, unchanged.</source>
        <translation>Cadangan tidak dapat dipulihkan ({reason}). Data Anda sebelumnya tetap ada, tidak berubah.</translation>
    </message>
    <message>
        <source>The restore was interrupted and could not be undone yet ({reason}). Nothing is lost: Medsos Desktop finishes undoing it the next time it opens the data folder {path}.</source>
        <translation>Pemulihan terputus dan belum dapat dibatalkan ({reason}). Tidak ada yang hilang: Medsos Desktop menyelesaikan pembatalannya saat membuka folder data {path} berikutnya.</translation>
    </message>
    <message>
        <source>An interrupted restore left the file {path}, which cannot be read ({reason}). Nothing has been deleted; ask IT staff to look at the data folder before it is used again.</source>
        <translation>Pemulihan yang terputus meninggalkan berkas {path} yang tidak dapat dibaca ({reason}). Tidak ada yang dihapus; minta staf TI memeriksa folder data sebelum dipakai lagi.</translation>
    </message>
    <message>
        <source>Nothing has been restored: restoring {file} would take {count} posts out of the workflow (drafts made or changed since the backup, or approved revisions not yet sent to the central folder). Look at the list and confirm first; nothing has been changed.</source>
        <translation>Tidak ada yang dipulihkan: memulihkan {file} akan mengeluarkan {count} posting dari alur kerja (draf yang dibuat atau diubah sesudah cadangan dibuat, atau revisi yang sudah disetujui tetapi belum terkirim ke folder pusat). Periksa daftarnya dan konfirmasi dulu; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing has been restored: the backup {file} belongs to another agency, {backup_agency}, while this data folder belongs to {this_agency}. Confirm first that this is the backup you mean; nothing has been changed.</source>
        <translation>Tidak ada yang dipulihkan: cadangan {file} milik instansi lain, {backup_agency}, sedangkan folder data ini milik {this_agency}. Pastikan dulu bahwa cadangan inilah yang Anda maksud; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing has been restored: the backup {file} was made on another device, {backup_device}, while this PC is {this_device}. Confirm first that this is the backup you mean; nothing has been changed.</source>
        <translation>Tidak ada yang dipulihkan: cadangan {file} dibuat di perangkat lain, {backup_device}, sedangkan PC ini adalah {this_device}. Pastikan dulu bahwa cadangan inilah yang Anda maksud; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>approved, not yet sent to the central folder</source>
        <translation>disetujui, belum terkirim ke folder pusat</translation>
    </message>
    <message>
        <source>new since the backup</source>
        <translation>baru sesudah cadangan</translation>
    </message>
    <message>
        <source>changed since the backup</source>
        <translation>diubah sesudah cadangan</translation>
    </message>
    <message>
        <source>{title} ({reason}; {status}, last saved {when})</source>
        <translation>{title} ({reason}; {status}, terakhir disimpan {when})</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Device identity: this PC keeps its own, {this_device} (the backup holds none).</source>
        <translation>Identitas perangkat: PC ini tetap memakai identitasnya sendiri, {this_device} (cadangan tidak memuat identitas perangkat).</translation>
    </message>
    <message>
        <source>Device identity: this PC keeps its own, {this_device}; the backup&apos;s, {backup_device}, is not restored.</source>
        <translation>Identitas perangkat: PC ini tetap memakai identitasnya sendiri, {this_device}; identitas dari cadangan, {backup_device}, tidak dipulihkan.</translation>
    </message>
    <message>
        <source>Device identity: this PC&apos;s, {this_device}, is replaced by the backup&apos;s, {backup_device}; this PC&apos;s own is kept in the backups folder.</source>
        <translation>Identitas perangkat: identitas PC ini, {this_device}, diganti dengan identitas dari cadangan, {backup_device}; identitas PC ini sendiri disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>Device identity: the backup&apos;s, {backup_device}, is put in place.</source>
        <translation>Identitas perangkat: identitas dari cadangan, {backup_device}, dipasang di PC ini.</translation>
    </message>
    <message>
        <source>Its secret key is not in the backup: it stays in the password store of the PC the backup was made on. On any other PC, sending asks for a new device identity first.</source>
        <translation>Kunci rahasianya tidak ada di cadangan: kunci itu tetap berada di penyimpanan kata sandi PC tempat cadangan dibuat. Di PC lain, pengiriman akan meminta identitas perangkat baru terlebih dahulu.</translation>
    </message>
    <message>
        <source>Its secret key comes with it in the passphrase-protected key file: sending needs that key&apos;s passphrase.</source>
        <translation>Kunci rahasianya ikut dalam berkas kunci yang dilindungi frasa sandi: pengiriman memerlukan frasa sandi kunci tersebut.</translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <source>No data for this month</source>
        <translation>Tidak ada data untuk bulan ini</translation>
    </message>
</context>
<context>
    <name>BestPostsModel</name>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekunder</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Aksen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <source>“{value}” is not a colour: write it as #RRGGBB, for example #0B5CAD.</source>
        <translation>“{value}” bukan warna: tulis dalam format #RRGGBB, misalnya #0B5CAD.</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>Identitas visual</translation>
    </message>
    <message>
        <source>Your agency&apos;s colours, fonts and logos. Every infographic template uses them, so all your posts look like they come from one office.</source>
        <translation>Warna, font, dan logo instansi Anda. Semua template infografis memakainya, sehingga setiap posting tampak berasal dari satu kantor.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Suggest from the logo</source>
        <translation>Sarankan dari logo</translation>
    </message>
    <message>
        <source>Take the colours from the agency logo; you can still change each one.</source>
        <translation>Ambil warna dari logo instansi; setiap warna tetap bisa Anda ubah.</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Add a font (TTF or OTF)…</source>
        <translation>Tambah font (TTF atau OTF)…</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Teks isi</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Agency logo</source>
        <translation>Logo instansi</translation>
    </message>
    <message>
        <source>Government emblem</source>
        <translation>Lambang pemerintah daerah</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Tanda air</translation>
    </message>
    <message>
        <source>Watermark strength</source>
        <translation>Kepekatan tanda air</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Save brand kit</source>
        <translation>Simpan identitas visual</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose a font</source>
        <translation>Pilih font</translation>
    </message>
    <message>
        <source>Font “{name}” added.</source>
        <translation>Font “{name}” ditambahkan.</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <source>The logo has no colours to suggest (black and white); choose the colours yourself.</source>
        <translation>Logo ini tidak punya warna untuk disarankan (hitam putih); pilih warnanya sendiri.</translation>
    </message>
    <message>
        <source>Colours suggested from the logo. Change any of them if you like.</source>
        <translation>Warna disarankan dari logo. Ubah mana saja bila perlu.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>The caption is not UTF-8 text.</source>
        <translation>Caption bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>The caption on standard input is over {limit_kb} KB; no platform accepts that much.</source>
        <translation>Keterangan dari masukan standar lebih dari {limit_kb} KB; tidak ada platform yang menerima sepanjang itu.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah yang ditemukan.</translation>
    </message>
    <message>
        <source>{file}: OK, {width}×{height}, {mime}</source>
        <translation>{file}: OK, {width}×{height}, {mime}</translation>
    </message>
    <message>
        <source>no revisions yet</source>
        <translation>belum ada revisi</translation>
    </message>
    <message>
        <source>{central}: {published} sent, {waiting} waiting, {failed} need attention</source>
        <translation>{central}: {published} terkirim, {waiting} menunggu, {failed} perlu perhatian</translation>
    </message>
    <message>
        <source>Device keys pinned from {source}: {trusted} trusted of {count} devices.</source>
        <translation>Kunci perangkat disematkan dari {source}: {trusted} dipercaya dari {count} perangkat.</translation>
    </message>
    <message>
        <source>{name} ({device_id}) of {agency}: {decision}. Key fingerprint: {fingerprint}</source>
        <translation>{name} ({device_id}) milik {agency}: {decision}. Sidik jari kunci: {fingerprint}</translation>
    </message>
    <message>
        <source>  the device file now shows another key: {fingerprint} (since {seen})</source>
        <translation>  berkas perangkat kini menampilkan kunci lain: {fingerprint} (sejak {seen})</translation>
    </message>
    <message>
        <source>No devices in {central} yet.</source>
        <translation>Belum ada perangkat di {central}.</translation>
    </message>
    <message>
        <source>{file}: pinned keys of {count} devices written ({trusted} trusted).</source>
        <translation>{file}: kunci tersemat {count} perangkat telah ditulis ({trusted} dipercaya).</translation>
    </message>
    <message>
        <source>device {device_id} is not recorded for this central folder; see &apos;medsos devices list&apos;</source>
        <translation>perangkat {device_id} belum tercatat untuk folder pusat ini; lihat &apos;medsos devices list&apos;</translation>
    </message>
    <message>
        <source>awaiting decision</source>
        <translation>menunggu keputusan</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>dipercaya</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>{file}: backup written, {size} MB, {posts} posts, {blobs} images and files</source>
        <translation>{file}: cadangan ditulis, {size} MB, {posts} posting, {blobs} gambar dan berkas</translation>
    </message>
    <message>
        <source>{file} restored into {data_dir}: {posts} posts, {blobs} images and files.</source>
        <translation>{file} dipulihkan ke {data_dir}: {posts} posting, {blobs} gambar dan berkas.</translation>
    </message>
    <message>
        <source>The previous files are kept in {previous}.</source>
        <translation>Berkas sebelumnya disimpan di {previous}.</translation>
    </message>
    <message>
        <source>The backup comes from an older version; its data is upgraded the next time the data folder is opened.</source>
        <translation>Cadangan ini dari versi lama; datanya diperbarui saat folder data dibuka berikutnya.</translation>
    </message>
    <message>
        <source>The data folder {data_dir} holds {posts} posts of its own. Restoring {file} (made {created} by version {version}, {backup_posts} posts) would replace them; the current files would be kept in the backups folder.</source>
        <translation>Folder data {data_dir} berisi {posts} posting. Memulihkan {file} (dibuat {created} oleh versi {version}, {backup_posts} posting) akan menggantinya; berkas saat ini disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>nothing restored: the data folder holds posts; add --yes to replace them</source>
        <translation>tidak ada yang dipulihkan: folder data berisi posting; tambahkan --yes untuk menggantinya</translation>
    </message>
    <message>
        <source>{file}: report for {month} written.</source>
        <translation>{file}: laporan {month} ditulis.</translation>
    </message>
    <message>
        <source>Posts not counted (no valid revision): {count} — {reasons}.</source>
        <translation>Posting tidak dihitung (tidak ada revisi yang sah): {count} — {reasons}.</translation>
    </message>
    <message>
        <source>Posts counted by an older revision (a newer one is not valid): {count} — {reasons}.</source>
        <translation>Posting dihitung dari revisi yang lebih lama (revisi yang lebih baru belum sah): {count} — {reasons}.</translation>
    </message>
    <message>
        <source>Devices awaiting a trust decision in coordinator mode: {devices}.</source>
        <translation>Perangkat yang menunggu keputusan kepercayaan di mode koordinator: {devices}.</translation>
    </message>
    <message>
        <source>{central}: read in {seconds} s; revisions checked: {checked}; posts: {posts}, counted: {counted}.</source>
        <translation>{central}: dibaca dalam {seconds} detik; revisi diperiksa: {checked}; posting: {posts}, dihitung: {counted}.</translation>
    </message>
    <message>
        <source>Posts whose newest revision is not valid: {reasons}.</source>
        <translation>Posting yang revisi terbarunya belum sah: {reasons}.</translation>
    </message>
    <message>
        <source>Every file was last re-checked on {when}.</source>
        <translation>Semua berkas terakhir diperiksa ulang pada {when}.</translation>
    </message>
    <message>
        <source>Every file has not been re-checked yet: run medsos scan --full.</source>
        <translation>Semua berkas belum pernah diperiksa ulang: jalankan medsos scan --full.</translation>
    </message>
    <message>
        <source>These {count} posts would leave the workflow: the app would neither show nor send them, and only the files kept in the backups folder would still hold them:</source>
        <translation>{count} posting ini akan keluar dari alur kerja: aplikasi tidak akan lagi menampilkan atau mengirimnya, dan hanya berkas yang disimpan di folder cadangan yang masih memuatnya:</translation>
    </message>
    <message>
        <source>The backup belongs to another agency: {backup_agency} (this data folder: {this_agency}).</source>
        <translation>Cadangan ini milik instansi lain: {backup_agency} (folder data ini: {this_agency}).</translation>
    </message>
    <message>
        <source>The backup was made on another device: {backup_device} (this PC: {this_device}).</source>
        <translation>Cadangan ini dibuat di perangkat lain: {backup_device} (PC ini: {this_device}).</translation>
    </message>
    <message>
        <source>Add --keep-identity to keep this PC&apos;s own device identity instead.</source>
        <translation>Tambahkan --keep-identity untuk tetap memakai identitas perangkat PC ini sendiri.</translation>
    </message>
    <message>
        <source>The data folder&apos;s database cannot be read, so what a restore would lose cannot be listed; its files would be kept in the backups folder.</source>
        <translation>Basis data di folder data tidak dapat dibaca, sehingga apa yang akan hilang karena pemulihan tidak dapat didaftar; berkas-berkasnya akan disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>nothing restored; to restore anyway, add {flags}</source>
        <translation>tidak ada yang dipulihkan; untuk tetap memulihkan, tambahkan {flags}</translation>
    </message>
    <message>
        <source>{count} posts that were not in the backup or not yet sent left the workflow; only {previous} still holds them.</source>
        <translation>{count} posting yang tidak ada di cadangan atau belum terkirim keluar dari alur kerja; hanya {previous} yang masih memuatnya.</translation>
    </message>
    <message>
        <source>The audit trail is whole: {events} events checked, none changed or removed.</source>
        <translation>Jejak audit utuh: {events} peristiwa diperiksa, tidak ada yang diubah atau dihapus.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event {seq} ({at}, post {post}): {reason}.</source>
        <translation>Jejak audit rusak pada peristiwa {seq} ({at}, postingan {post}): {reason}.</translation>
    </message>
    <message>
        <source>The reviewer records&apos; trail was changed after it was written.</source>
        <translation>Jejak data peninjau diubah setelah dicatat.</translation>
    </message>
    <message>
        <source>Events removed from the very end of the trail do not show here: what was sent to the central folder is the record to compare against.</source>
        <translation>Peristiwa yang dihapus dari ujung paling akhir jejak tidak terlihat di sini: yang sudah dikirim ke folder pusat adalah catatan pembandingnya.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>A regional day needs a name.</source>
        <translation>Hari daerah perlu nama.</translation>
    </message>
    <message>
        <source>“{name}”: day {day} of month {month} is not a date. Check the day and the month.</source>
        <translation>“{name}”: tanggal {day} bulan {month} bukan tanggal yang ada. Periksa tanggal dan bulannya.</translation>
    </message>
    <message>
        <source>“{name}”: {day}-{month}-{year} is not a date. Check the day, the month and the year.</source>
        <translation>“{name}”: {day}-{month}-{year} bukan tanggal yang ada. Periksa tanggal, bulan, dan tahunnya.</translation>
    </message>
    <message>
        <source>The calendar file {file} cannot be read: {error}</source>
        <translation>Berkas kalender {file} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>The calendar file {file} is larger than {limit} KB; it is not a calendar file of this app.</source>
        <translation>Berkas kalender {file} lebih besar dari {limit} KB; ini bukan berkas kalender aplikasi ini.</translation>
    </message>
    <message>
        <source>The calendar file {file} is not valid JSON (line {line}, column {column}). Correct it in a text editor or ask the coordinator for a new copy.</source>
        <translation>Berkas kalender {file} bukan JSON yang sah (baris {line}, kolom {column}). Perbaiki dengan penyunting teks atau minta salinan baru kepada koordinator.</translation>
    </message>
    <message>
        <source>The file {file} is not a calendar file of the expected kind: its “format” must be “{expected}”.</source>
        <translation>Berkas {file} bukan berkas kalender yang diharapkan: “format”-nya harus “{expected}”.</translation>
    </message>
    <message>
        <source>The calendar file {file} has version {version}, but this app reads version {supported}. Update the app or ask the coordinator for a file of version {supported}.</source>
        <translation>Berkas kalender {file} berversi {version}, sedangkan aplikasi ini membaca versi {supported}. Perbarui aplikasi atau minta berkas versi {supported} kepada koordinator.</translation>
    </message>
    <message>
        <source>The calendar file {file} has an unknown field “{field}”. Check its spelling.</source>
        <translation>Berkas kalender {file} memiliki isian tak dikenal “{field}”. Periksa ejaannya.</translation>
    </message>
    <message>
        <source>The calendar file {file} has no valid “{field}”.</source>
        <translation>Berkas kalender {file} tidak memiliki “{field}” yang sah.</translation>
    </message>
    <message>
        <source>Entry {index} of the calendar file {file} has an unknown field “{field}”. Check its spelling.</source>
        <translation>Entri {index} pada berkas kalender {file} memiliki isian tak dikenal “{field}”. Periksa ejaannya.</translation>
    </message>
    <message>
        <source>Entry {index} of the calendar file {file} has no valid “{field}”.</source>
        <translation>Entri {index} pada berkas kalender {file} tidak memiliki “{field}” yang sah.</translation>
    </message>
    <message>
        <source>Entry {index} of the calendar file {file} is not a JSON object with named fields.</source>
        <translation>Entri {index} pada berkas kalender {file} bukan objek JSON dengan isian bernama.</translation>
    </message>
    <message>
        <source>Entry {index} of the calendar file {file}: day {day} of month {month} is not a date.</source>
        <translation>Entri {index} pada berkas kalender {file}: tanggal {day} bulan {month} bukan tanggal yang ada.</translation>
    </message>
    <message>
        <source>Entry {index} of the calendar file {file} repeats “{value}”; each must appear only once.</source>
        <translation>Entri {index} pada berkas kalender {file} mengulang “{value}”; masing-masing hanya boleh muncul sekali.</translation>
    </message>
    <message>
        <source>Entry {index} of the calendar file {file} names weekday {weekday}; weekdays are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Entri {index} pada berkas kalender {file} menyebut hari ke-{weekday}; hari dinomori 0 (Senin) sampai 6 (Minggu).</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Content calendar</source>
        <translation>Kalender konten</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} lagi</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Planned: {when}</source>
        <translation>Jadwal: {when}</translation>
    </message>
    <message>
        <source>Agency: {agency}</source>
        <translation>Instansi: {agency}</translation>
    </message>
    <message>
        <source>Drag to another day to reschedule.</source>
        <translation>Seret ke hari lain untuk mengubah jadwal.</translation>
    </message>
    <message>
        <source>Posts planned: {count}</source>
        <translation>Posting terjadwal: {count}</translation>
    </message>
    <message>
        <source>Too many posts on one day</source>
        <translation>Terlalu banyak posting dalam sehari</translation>
    </message>
    <message>
        <source>No post planned on this weekday</source>
        <translation>Belum ada posting pada hari kerja ini</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>hari libur nasional</translation>
    </message>
    <message>
        <source>joint leave</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>commemoration day</source>
        <translation>hari peringatan</translation>
    </message>
    <message>
        <source>regional day</source>
        <translation>hari daerah</translation>
    </message>
    <message>
        <source>weekly theme</source>
        <translation>tema mingguan</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Days of the region…</source>
        <translation>Hari daerah…</translation>
    </message>
    <message>
        <source>make a greeting draft</source>
        <translation>buat draf ucapan</translation>
    </message>
    <message>
        <source>Coming soon, with no greeting post yet:</source>
        <translation>Segera tiba, belum ada posting ucapan:</translation>
    </message>
    <message>
        <source>Moved to {day}.</source>
        <translation>Dipindahkan ke {day}.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Minggu sebelumnya (Page Up)</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Bulan sebelumnya (Page Up)</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Minggu berikutnya (Page Down)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Bulan berikutnya (Page Down)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Show today (Home)</source>
        <translation>Tampilkan hari ini (Home)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Content calendar</source>
        <translation>Kalender konten</translation>
    </message>
</context>
<context>
    <name>CaptionCheck</name>
    <message>
        <source>The caption is {count} characters long; {platform} allows at most {limit}. The marked part beyond the limit would be cut off or the post refused.</source>
        <translation>Panjang caption {count} karakter; {platform} membolehkan paling banyak {limit}. Bagian bertanda yang melewati batas akan terpotong atau posting ditolak.</translation>
    </message>
    <message>
        <source>The post counts as {count} characters on X (every link counts as 23, an emoji as 2); X allows at most {limit}. The marked part does not fit.</source>
        <translation>Di X, posting ini dihitung {count} karakter (setiap tautan dihitung 23, setiap emoji 2); X membolehkan paling banyak {limit}. Bagian bertanda tidak muat.</translation>
    </message>
    <message>
        <source>The description is {count} bytes long; {platform} allows at most {limit} bytes (accented letters and emoji take 2 to 4 bytes each). The marked part does not fit.</source>
        <translation>Panjang deskripsi {count} byte; {platform} membolehkan paling banyak {limit} byte (setiap huruf beraksen dan emoji memakan 2 sampai 4 byte). Bagian bertanda tidak muat.</translation>
    </message>
    <message>
        <source>The caption is close to the {platform} limit: {count} of {limit} used, {remaining} left.</source>
        <translation>Caption hampir mencapai batas {platform}: {count} dari {limit} terpakai, sisa {remaining}.</translation>
    </message>
    <message>
        <source>The title is {count} characters long; {platform} allows at most {limit}. Shorten it before uploading.</source>
        <translation>Panjang judul {count} karakter; {platform} membolehkan paling banyak {limit}. Perpendek judul sebelum mengunggah.</translation>
    </message>
    <message>
        <source>The caption has {count} hashtags; {platform} allows at most {limit}, so the post may be refused. Remove the marked hashtags.</source>
        <translation>Caption berisi {count} hashtag; {platform} membolehkan paling banyak {limit}, jadi posting bisa ditolak. Hapus hashtag yang bertanda.</translation>
    </message>
    <message>
        <source>The description has {count} hashtags; YouTube ignores all hashtags when there are more than {limit}. Remove the marked ones.</source>
        <translation>Deskripsi berisi {count} hashtag; YouTube mengabaikan semua hashtag jika jumlahnya lebih dari {limit}. Hapus hashtag yang bertanda.</translation>
    </message>
    <message>
        <source>Threads uses only one topic tag per post; the {extra} marked hashtags after the first will appear as plain text.</source>
        <translation>Threads hanya memakai satu tag topik per posting; {extra} hashtag bertanda setelah yang pertama akan tampil sebagai teks biasa.</translation>
    </message>
    <message>
        <source>The caption has {count} hashtags; {platform} recommends at most {recommended} relevant ones, and more can look like spam. Consider removing the marked ones.</source>
        <translation>Caption berisi {count} hashtag; {platform} menyarankan paling banyak {recommended} hashtag yang relevan, dan lebih dari itu bisa terlihat seperti spam. Pertimbangkan untuk menghapus hashtag yang bertanda.</translation>
    </message>
    <message>
        <source>The caption mentions {count} accounts; {platform} allows at most {limit}, so the post may be refused. Remove the marked mentions.</source>
        <translation>Caption berisi mention ke {count} akun; {platform} membolehkan paling banyak {limit}, jadi posting bisa ditolak. Hapus mention yang bertanda.</translation>
    </message>
    <message>
        <source>The agency&apos;s official hashtags are missing: {missing}. Add them so the post is found together with the rest of the agency&apos;s posts and campaigns.</source>
        <translation>Hashtag resmi instansi belum dipakai: {missing}. Tambahkan agar posting ini mudah ditemukan bersama posting dan kampanye instansi lainnya.</translation>
    </message>
    <message>
        <source>None of the agency&apos;s official hashtags is used ({missing}). Threads allows one topic tag per post, so use one of them.</source>
        <translation>Belum ada hashtag resmi instansi yang dipakai ({missing}). Threads hanya membolehkan satu tag topik per posting, jadi pakai salah satunya.</translation>
    </message>
    <message>
        <source>This looks like a NIK, a resident&apos;s population ID number ({masked}). Publishing it breaks UU 27/2022 tentang Pelindungan Data Pribadi; remove it or hide most digits.</source>
        <translation>Ini tampaknya NIK (Nomor Induk Kependudukan) warga ({masked}). Memublikasikannya melanggar UU 27/2022 tentang Pelindungan Data Pribadi; hapus atau sembunyikan sebagian besar digitnya.</translation>
    </message>
    <message>
        <source>This 16-digit number may be a Kartu Keluarga (family card) or another personal number ({masked}). Such numbers are protected by UU 27/2022 tentang Pelindungan Data Pribadi; remove it or hide most digits.</source>
        <translation>Nomor 16 digit ini mungkin nomor Kartu Keluarga atau nomor pribadi lain ({masked}). Nomor seperti ini dilindungi UU 27/2022 tentang Pelindungan Data Pribadi; hapus atau sembunyikan sebagian besar digitnya.</translation>
    </message>
    <message>
        <source>This looks like a personal phone number ({value}). Publishing someone&apos;s number without consent breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an official hotline, add it to the agency&apos;s allowed contacts.</source>
        <translation>Ini tampaknya nomor telepon pribadi ({value}). Memublikasikan nomor seseorang tanpa persetujuannya melanggar UU 27/2022 tentang Pelindungan Data Pribadi; jika ini nomor layanan resmi, tambahkan ke daftar kontak resmi instansi.</translation>
    </message>
    <message>
        <source>This looks like a personal e-mail address ({value}). Publishing it without consent breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an official address, add it to the agency&apos;s allowed contacts.</source>
        <translation>Ini tampaknya alamat e-mail pribadi ({value}). Memublikasikannya tanpa persetujuan pemiliknya melanggar UU 27/2022 tentang Pelindungan Data Pribadi; jika ini alamat resmi, tambahkan ke daftar kontak resmi instansi.</translation>
    </message>
    <message>
        <source>Government e-mail address ({value}): fine for an office mailbox, but make sure it is not a staff member&apos;s own address (UU 27/2022 tentang Pelindungan Data Pribadi).</source>
        <translation>Alamat e-mail pemerintah ({value}): boleh dipakai untuk e-mail kantor, tetapi pastikan ini bukan alamat pribadi pegawai (UU 27/2022 tentang Pelindungan Data Pribadi).</translation>
    </message>
    <message>
        <source>Image {index} has no alt text. Describe it so that residents who use a screen reader can follow the post (UU 8/2016 tentang Penyandang Disabilitas).</source>
        <translation>Gambar {index} belum memiliki alt text. Deskripsikan gambarnya agar warga pengguna pembaca layar (screen reader) dapat mengikuti posting ini (UU 8/2016 tentang Penyandang Disabilitas).</translation>
    </message>
    <message>
        <source>{platform} shows only posts with a photo or a video, and this post has none. Add an image, or remove {platform} from the target platforms.</source>
        <translation>{platform} hanya menampilkan posting yang berisi foto atau video, dan posting ini belum memilikinya. Tambahkan gambar, atau hapus {platform} dari platform tujuan.</translation>
    </message>
    <message>
        <source>The images of this carousel have different shapes ({shapes}). {platform} crops every image to the shape of the first one ({first}), so parts of the others are cut off. Give all images the same shape (for example with an infographic of one size).</source>
        <translation>Gambar-gambar carousel ini berbeda bentuk ({shapes}). {platform} memotong setiap gambar mengikuti bentuk gambar pertama ({first}), sehingga sebagian gambar lainnya terpotong. Samakan bentuk semua gambar (misalnya dengan infografis satu ukuran).</translation>
    </message>
    <message>
        <source>Image {index} has the shape {shape}; {platform} shows feed images between 4:5 (portrait) and 1.91:1 (landscape) and crops the rest. Crop it to 4:5, 1:1 or 1.91:1 yourself so nothing important is cut off.</source>
        <translation>Gambar {index} berbentuk {shape}; {platform} menampilkan gambar di beranda antara 4:5 (tegak) dan 1.91:1 (mendatar) dan memotong sisanya. Potong sendiri ke 4:5, 1:1 atau 1.91:1 agar tidak ada bagian penting yang terpotong.</translation>
    </message>
    <message>
        <source>The template field {placeholder} was not filled in; replace it with the real text before publishing.</source>
        <translation>Kolom template {placeholder} belum diisi; ganti dengan teks sebenarnya sebelum diterbitkan.</translation>
    </message>
    <message>
        <source>Links in {platform} captions cannot be clicked; put the link in the profile bio (link di bio) and point readers to it.</source>
        <translation>Tautan di caption {platform} tidak bisa diklik; taruh tautan di bio profil (link di bio) dan arahkan pembaca ke sana.</translation>
    </message>
    <message>
        <source>The caption is empty. Write at least one sentence about what the post is for.</source>
        <translation>Caption masih kosong. Tulis setidaknya satu kalimat tentang tujuan posting ini.</translation>
    </message>
</context>
<context>
    <name>CaptionTab</name>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Reels</source>
        <translation>Reels</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Cerita</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Shorts</source>
        <translation>Shorts</translation>
    </message>
    <message>
        <source>Caption for this platform</source>
        <translation>Caption untuk platform ini</translation>
    </message>
    <message>
        <source>Follow the base caption again</source>
        <translation>Ikuti caption dasar lagi</translation>
    </message>
    <message>
        <source>Copies exactly the text above, as the preview shows it</source>
        <translation>Menyalin persis teks di atas, seperti yang tampil di pratinjau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Text only: no photo attached.</source>
        <translation>Hanya teks: tidak ada foto terlampir.</translation>
    </message>
    <message>
        <source>{platform}&apos;s own text: edits to the base caption no longer reach it.</source>
        <translation>Teks khusus {platform}: perubahan caption dasar tidak lagi masuk ke sini.</translation>
    </message>
    <message>
        <source>Base caption, mentions and hashtags, exactly as posted.</source>
        <translation>Caption dasar, mention, dan hashtag, persis seperti yang akan diposting.</translation>
    </message>
    <message>
        <source>Base caption, mentions and hashtags, exactly as posted. Type here to give {platform} its own text.</source>
        <translation>Caption dasar, mention, dan hashtag, persis seperti yang akan diposting. Ketik di sini untuk membuat teks khusus {platform}.</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>Belum ada foto.</translation>
    </message>
    <message>
        <source>Photo shown whole, not cropped.</source>
        <translation>Foto tampil utuh, tidak dipotong.</translation>
    </message>
    <message>
        <source>Cropped to {shape}: top and bottom cut off.</source>
        <translation>Dipotong menjadi {shape}: bagian atas dan bawah terpotong.</translation>
    </message>
    <message>
        <source>Cropped to {shape}: sides cut off.</source>
        <translation>Dipotong menjadi {shape}: sisi kiri dan kanan terpotong.</translation>
    </message>
    <message>
        <source>Whole photo shown ({shape}).</source>
        <translation>Foto tampil utuh ({shape}).</translation>
    </message>
    <message>
        <source>Shaded: covered by the app&apos;s buttons.</source>
        <translation>Area gelap: tertutup tombol aplikasi.</translation>
    </message>
    <message>
        <source>No caption on this screen.</source>
        <translation>Layar ini tidak menampilkan caption.</translation>
    </message>
    <message>
        <source>The rest after “more”.</source>
        <translation>Sisa caption muncul setelah diketuk.</translation>
    </message>
    <message>
        <source>{count} / {limit} {unit}</source>
        <translation>{count} / {limit} {unit}</translation>
    </message>
    <message>
        <source>Copy caption for {platform}</source>
        <translation>Salin caption untuk {platform}</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>karakter</translation>
    </message>
    <message>
        <source>characters (X count)</source>
        <translation>karakter (hitungan X)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>No problems found for {platform}.</source>
        <translation>Tidak ada masalah untuk {platform}.</translation>
    </message>
</context>
<context>
    <name>CaptionTemplate</name>
    <message>
        <source>Activity name</source>
        <translation>Nama kegiatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <source>Parent government</source>
        <translation>Pemerintah daerah</translation>
    </message>
    <message>
        <source>Leader&apos;s name</source>
        <translation>Nama pimpinan</translation>
    </message>
    <message>
        <source>Leader&apos;s position</source>
        <translation>Jabatan pimpinan</translation>
    </message>
    <message>
        <source>Collaborating accounts</source>
        <translation>Akun kolaborasi</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nama layanan</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>False claim (hoax)</source>
        <translation>Klaim keliru (hoaks)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Holiday or commemoration</source>
        <translation>Hari besar atau peringatan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Ajakan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Main text</source>
        <translation>Isi utama</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>This opening brace is never closed. Close the placeholder, for example {example}, or write the brace twice for a literal brace.</source>
        <translation>Kurung kurawal buka ini tidak ditutup. Tutup isiannya, misalnya {example}, atau tulis kurung kurawal dua kali agar tampil sebagai kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>This closing brace has no opening brace. Remove it, or write the brace twice for a literal brace.</source>
        <translation>Kurung kurawal tutup ini tidak punya pasangan pembuka. Hapus, atau tulis kurung kurawal dua kali agar tampil sebagai kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>This placeholder has no name. Write a field name between the braces, for example {example}.</source>
        <translation>Isian ini belum bernama. Tulis nama kolom di antara kurung kurawal, misalnya {example}.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid placeholder name. Use lowercase letters, digits and underscores, for example {example}.</source>
        <translation>“{name}” bukan nama isian yang valid. Gunakan huruf kecil, angka, dan garis bawah, misalnya {example}.</translation>
    </message>
    <message>
        <source>“{name}” is not a standard field; the form will ask for it as free text.</source>
        <translation>“{name}” bukan kolom standar; formulir akan memintanya sebagai teks bebas.</translation>
    </message>
    <message>
        <source>“{name}” is not a standard field; the form will ask for it as free text. Did you mean {example}?</source>
        <translation>“{name}” bukan kolom standar; formulir akan memintanya sebagai teks bebas. Apakah maksud Anda {example}?</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Template perlu diberi nama.</translation>
    </message>
    <message>
        <source>The template text is empty.</source>
        <translation>Teks template masih kosong.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Pengumuman</translation>
    </message>
    <message>
        <source>Public Service</source>
        <translation>Layanan Publik</translation>
    </message>
    <message>
        <source>Performance Achievement</source>
        <translation>Capaian Kinerja</translation>
    </message>
    <message>
        <source>Hoax Clarification</source>
        <translation>Klarifikasi Hoaks</translation>
    </message>
    <message>
        <source>Holiday Greeting</source>
        <translation>Ucapan Hari Besar</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Kolaborasi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>Give the item a title.</source>
        <translation>Beri judul pada bahan ini.</translation>
    </message>
    <message>
        <source>A content pack needs a master caption and at least one platform.</source>
        <translation>Paket konten perlu caption induk dan sedikitnya satu platform.</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be shared; {name} is neither.</source>
        <translation>Hanya gambar PNG dan JPEG yang dapat dibagikan; {name} bukan keduanya.</translation>
    </message>
    <message>
        <source>Revision {revision}</source>
        <translation>Revisi {revision}</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id} of {agency}, which has not been trusted yet. Compare its key fingerprint with the agency, then trust or reject it.</source>
        <translation>{path} ditandatangani perangkat {device_id} milik {agency}, yang belum dipercaya. Cocokkan sidik jari kuncinya dengan instansi tersebut, lalu percayai atau tolak.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id}, which was rejected or revoked; it is not counted as valid.</source>
        <translation>{path} ditandatangani perangkat {device_id}, yang telah ditolak atau dicabut; tidak dihitung sah.</translation>
    </message>
    <message>
        <source>{path} is signed with key {key_id}, not with the trusted key {trusted_key_id} of device {device_id}. Decide about the device&apos;s changed key first.</source>
        <translation>{path} ditandatangani dengan kunci {key_id}, bukan kunci tepercaya {trusted_key_id} milik perangkat {device_id}. Putuskan dulu soal kunci perangkat yang berubah.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id}, which has not been recorded yet.</source>
        <translation>{path} ditandatangani perangkat {device_id}, yang belum tercatat.</translation>
    </message>
    <message>
        <source>{path} appeared after a revision with a higher sequence number ({highest}) of device {device_id} had been accepted; its sequence number is {sequence}. It is replayed (a deleted revision copied back?).</source>
        <translation>{path} muncul setelah revisi bernomor urut lebih tinggi ({highest}) dari perangkat {device_id} diterima; nomor urutnya {sequence}. Ini putar ulang (revisi terhapus yang disalin kembali?).</translation>
    </message>
    <message>
        <source>The coordinator&apos;s database would be inside the central folder {path}. Choose a data folder outside the shared folder.</source>
        <translation>Basis data koordinator akan berada di dalam folder pusat {path}. Pilih folder data di luar folder bersama.</translation>
    </message>
</context>
<context>
    <name>CoordinatorStatus</name>
    <message>
        <source>Valid</source>
        <translation>Sah</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>Masih berdatangan</translation>
    </message>
    <message>
        <source>Device not trusted yet</source>
        <translation>Perangkat belum dipercaya</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Diubah pihak lain</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Perangkat tak dikenal</translation>
    </message>
    <message>
        <source>Device rejected</source>
        <translation>Perangkat ditolak</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Putar ulang</translation>
    </message>
    <message>
        <source>Conflict copy</source>
        <translation>Salinan konflik</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Tidak aman</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Tidak sah</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Menunggu keputusan</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Dipercaya</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>{old}
NEW KEY {new}</source>
        <translation>{old}
KUNCI BARU {new}</translation>
    </message>
    <message>
        <source>Medsos Desktop — coordinator: {folder}</source>
        <translation>Medsos Desktop — koordinator: {folder}</translation>
    </message>
    <message>
        <source>All agencies&apos; posts</source>
        <translation>Posting semua instansi</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Share with agencies</source>
        <translation>Bagikan ke instansi</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Laporan bulanan</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Search titles and captions…</source>
        <translation>Cari judul dan caption…</translation>
    </message>
    <message>
        <source>Read the folder again</source>
        <translation>Baca ulang folder</translation>
    </message>
    <message>
        <source>Check every file again</source>
        <translation>Periksa ulang semua berkas</translation>
    </message>
    <message>
        <source>Re-hash every revision: slower, and finds a file changed after it was checked.</source>
        <translation>Hitung ulang hash setiap revisi: lebih lambat, dan menemukan berkas yang diubah setelah diperiksa.</translation>
    </message>
    <message>
        <source>Note: how the fingerprint was confirmed (e.g. by phone with the agency)</source>
        <translation>Catatan: cara sidik jari dikonfirmasi (mis. lewat telepon dengan instansi)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Percayai</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>A post counts as valid only when its device is trusted. Trust a device only after its agency has read you the fingerprint of its key, by phone or in person. A changed key for a known device is shown in red and must be decided again.</source>
        <translation>Posting dihitung sah hanya bila perangkatnya dipercaya. Percayai perangkat hanya setelah instansinya membacakan sidik jari kuncinya kepada Anda, lewat telepon atau tatap muka. Kunci yang berubah pada perangkat yang dikenal ditampilkan merah dan harus diputuskan ulang.</translation>
    </message>
    <message>
        <source>The whole region</source>
        <translation>Seluruh wilayah</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Ekspor XLSX…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Reading the central folder…</source>
        <translation>Membaca folder pusat…</translation>
    </message>
    <message>
        <source>Folder read in {seconds} s.</source>
        <translation>Folder terbaca dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>{count} devices await your decision.</source>
        <translation>{count} perangkat menunggu keputusan Anda.</translation>
    </message>
    <message>
        <source>Devices ({count} CHANGED KEYS)</source>
        <translation>Perangkat ({count} KUNCI BERUBAH)</translation>
    </message>
    <message>
        <source>Devices ({count} to decide)</source>
        <translation>Perangkat ({count} perlu diputuskan)</translation>
    </message>
    <message>
        <source>{count} revisions</source>
        <translation>{count} revisi</translation>
    </message>
    <message>
        <source>{posts} posts, {counted} counted</source>
        <translation>{posts} posting, {counted} dihitung</translation>
    </message>
    <message>
        <source>{count} newest revisions not valid</source>
        <translation>{count} revisi terbaru belum sah</translation>
    </message>
    <message>
        <source>Newest revision not valid: {reasons}</source>
        <translation>Revisi terbaru belum sah: {reasons}</translation>
    </message>
    <message>
        <source>{name} of {agency}. Key fingerprint: {fingerprint}</source>
        <translation>{name} milik {agency}. Sidik jari kunci: {fingerprint}</translation>
    </message>
    <message>
        <source>Device id: {id}</source>
        <translation>ID perangkat: {id}</translation>
    </message>
    <message>
        <source>THE FOLDER NOW SHOWS ANOTHER KEY for this device: {fingerprint}. Posts signed with it are not valid until you decide.</source>
        <translation>FOLDER KINI MENAMPILKAN KUNCI LAIN untuk perangkat ini: {fingerprint}. Posting yang ditandatangani dengannya tidak sah sampai Anda memutuskan.</translation>
    </message>
    <message>
        <source>{name} of {agency} is trusted: its posts count as valid.</source>
        <translation>{name} milik {agency} dipercaya: posting-postingnya dihitung sah.</translation>
    </message>
    <message>
        <source>{name} of {agency} is rejected: its posts are not valid.</source>
        <translation>{name} milik {agency} ditolak: posting-postingnya tidak sah.</translation>
    </message>
    <message>
        <source>{name} of {agency} is revoked: its posts are not valid.</source>
        <translation>Kepercayaan pada {name} milik {agency} dicabut: posting-postingnya tidak sah.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Screenshot of the WhatsApp reply</source>
        <translation>Tangkapan layar balasan WhatsApp</translation>
    </message>
    <message>
        <source>Approved by {approvers}. Every step is signed on the reviewers&apos; own PCs and each signature was checked against the reviewers the agency registered.</source>
        <translation>Disetujui oleh {approvers}. Setiap tahap ditandatangani di PC peninjau sendiri, dan setiap tanda tangan sudah diperiksa terhadap peninjau yang didaftarkan perangkat daerah.</translation>
    </message>
    <message>
        <source>Approved by {approvers} ({role}) with their PIN on the admin&apos;s PC. Only the agency&apos;s device vouches for it.</source>
        <translation>Disetujui oleh {approvers} ({role}) dengan PIN di komputer admin. Hanya komputer perangkat daerah itu yang menjaminnya.</translation>
    </message>
    <message>
        <source>Approved by {approvers} in a WhatsApp reply; the admin attached its screenshot to this revision. The weakest proof: ask for signed approval.</source>
        <translation>Disetujui oleh {approvers} lewat balasan WhatsApp; admin melampirkan tangkapan layarnya pada revisi ini. Bukti paling lemah: mintalah persetujuan bertanda tangan.</translation>
    </message>
    <message>
        <source>The approval claims reviewers&apos; signatures that do not check out. Do not count it as approved; ask the agency.</source>
        <translation>Persetujuan ini mengaku bertanda tangan peninjau, tetapi tanda tangannya tidak cocok. Jangan anggap sudah disetujui; tanyakan ke perangkat daerah tersebut.</translation>
    </message>
    <message>
        <source>No approval is recorded with this revision.</source>
        <translation>Tidak ada persetujuan yang tercatat pada revisi ini.</translation>
    </message>
    <message>
        <source>The revision names {approvers} as approving it. That cannot count until this agency&apos;s device is trusted: compare its key fingerprint in the Devices tab, then trust it.</source>
        <translation>Revisi ini menyebut {approvers} sebagai pemberi persetujuan. Persetujuan itu belum dapat dihitung sampai perangkat instansi ini dipercaya: cocokkan sidik jari kuncinya di tab Perangkat, lalu percayai.</translation>
    </message>
    <message>
        <source>The revision names {approvers} as approving it, but the revision is not valid, so the approval does not count.</source>
        <translation>Revisi ini menyebut {approvers} sebagai pemberi persetujuan, tetapi revisinya tidak sah, sehingga persetujuan itu tidak dihitung.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>own</source>
        <translation>buatan sendiri</translation>
    </message>
</context>
<context>
    <name>DiskominfoActions</name>
    <message>
        <source>Choose the central folder to coordinate</source>
        <translation>Pilih folder pusat yang dikoordinasikan</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong and the action was not finished. The details are in the Medsos Desktop log file; send it to your IT staff if this happens again.</source>
        <translation>Terjadi kesalahan tak terduga sehingga tindakan ini tidak selesai. Rinciannya tercatat di file log Medsos Desktop; kirimkan file itu kepada petugas TI jika hal ini terulang.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and the action was not finished. The details are in the log file {path}; send it to your IT staff if this happens again.</source>
        <translation>Terjadi kesalahan tak terduga sehingga tindakan ini tidak selesai. Rinciannya tercatat di file log {path}; kirimkan file itu kepada petugas TI jika hal ini terulang.</translation>
    </message>
    <message>
        <source>A file or folder could not be used: {reason}.</source>
        <translation>File atau folder tidak dapat digunakan: {reason}.</translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>Import figures from CSV…</source>
        <translation>Impor angka statistik dari CSV…</translation>
    </message>
    <message>
        <source>Replies to citizens…</source>
        <translation>Balasan untuk warga…</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>The monthly report for the head of office, as PDF</source>
        <translation>Laporan bulanan untuk pimpinan, sebagai PDF</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Ekspor XLSX…</translation>
    </message>
    <message>
        <source>The monthly report for the head of office, as an Excel workbook</source>
        <translation>Laporan bulanan untuk pimpinan, sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Analysis for the report</source>
        <translation>Analisis untuk laporan</translation>
    </message>
    <message>
        <source>A few sentences for the head of office: what went well this month, what did not, and what you will do next month. It goes into the PDF and XLSX.</source>
        <translation>Beberapa kalimat untuk pimpinan: apa yang berhasil bulan ini, apa yang belum, dan apa rencana bulan depan. Teks ini masuk ke laporan PDF dan XLSX.</translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>Posting terbit</translation>
    </message>
    <message>
        <source>Total reach</source>
        <translation>Total jangkauan</translation>
    </message>
    <message>
        <source>Total engagement</source>
        <translation>Total interaksi</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>Tayangan video</translation>
    </message>
    <message>
        <source>On the planned day</source>
        <translation>Tepat hari yang direncanakan</translation>
    </message>
    <message>
        <source>Likes + comments + shares + saves</source>
        <translation>Suka + komentar + dibagikan + disimpan</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Posting per minggu</translation>
    </message>
    <message>
        <source>Engagement by category</source>
        <translation>Interaksi per kategori</translation>
    </message>
    <message>
        <source>Engagement by platform</source>
        <translation>Interaksi per platform</translation>
    </message>
    <message>
        <source>Engagement by format</source>
        <translation>Interaksi per format</translation>
    </message>
    <message>
        <source>Best posts of the month</source>
        <translation>Posting terbaik bulan ini</translation>
    </message>
    <message>
        <source>By engagement</source>
        <translation>Menurut interaksi</translation>
    </message>
    <message>
        <source>By reach</source>
        <translation>Menurut jangkauan</translation>
    </message>
    <message>
        <source>Double-click a post to open it</source>
        <translation>Klik dua kali posting untuk membukanya</translation>
    </message>
    <message>
        <source>No post of this month has figures yet.</source>
        <translation>Belum ada posting bulan ini yang memiliki angka.</translation>
    </message>
    <message>
        <source>No post this month had a planned time.</source>
        <translation>Tidak ada posting bulan ini yang memiliki jadwal.</translation>
    </message>
    <message>
        <source>{on_time} of {timed} ({percent}%)</source>
        <translation>{on_time} dari {timed} ({percent}%)</translation>
    </message>
    <message>
        <source>Published posts that went out on the day they were planned for</source>
        <translation>Posting yang terbit pada hari yang direncanakan</translation>
    </message>
    <message>
        <source>Week {number} ({days})</source>
        <translation>Minggu ke-{number} ({days})</translation>
    </message>
    <message>
        <source>All posts of the month, by status:</source>
        <translation>Semua posting bulan ini, menurut status:</translation>
    </message>
    <message>
        <source>No post is planned or published in this month.</source>
        <translation>Tidak ada posting yang dijadwalkan atau terbit pada bulan ini.</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Simpan laporan bulanan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>buka</translation>
    </message>
    <message>
        <source>Report saved: {name}</source>
        <translation>Laporan tersimpan: {name}</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>As PNG this image is {size_mb} MB, over the {limit_mb} MB limit. Export it as JPEG instead: photos and gradients compress far better.</source>
        <translation>Sebagai PNG gambar ini berukuran {size_mb} MB, melebihi batas {limit_mb} MB. Ekspor sebagai JPEG saja: foto dan gradasi jauh lebih ringkas.</translation>
    </message>
    <message>
        <source>Even at the lowest acceptable quality this image is {size_mb} MB, over the {limit_mb} MB limit. Use a smaller size.</source>
        <translation>Bahkan pada kualitas terendah yang layak, gambar ini berukuran {size_mb} MB, melebihi batas {limit_mb} MB. Gunakan ukuran yang lebih kecil.</translation>
    </message>
    <message>
        <source>{format} is not an export format; use PNG or JPEG.</source>
        <translation>{format} bukan format ekspor; gunakan PNG atau JPEG.</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>Gambar ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>PNG or JPEG images ({patterns})</source>
        <translation>Gambar PNG atau JPEG ({patterns})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, captions, hashtags…</source>
        <translation>Cari judul, caption, hashtag…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 hari ke depan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Rentang tanggal…</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>Why publish it as it is (required)</source>
        <translation>Alasan tetap menerbitkannya seperti ini (wajib)</translation>
    </message>
    <message>
        <source>Click to show the marked text in the post</source>
        <translation>Klik untuk menunjukkan teks yang ditandai pada posting</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>no problems found</source>
        <translation>tidak ada masalah</translation>
    </message>
</context>
<context>
    <name>FocusArea</name>
    <message>
        <source>Focus point of the photo</source>
        <translation>Titik fokus foto</translation>
    </message>
</context>
<context>
    <name>FocusPicker</name>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Forget the focus point: keep the faces in view</source>
        <translation>Lupakan titik fokus: jaga wajah tetap terlihat</translation>
    </message>
    <message>
        <source>This point stays in the picture at every size.</source>
        <translation>Titik ini tetap ada di gambar pada setiap ukuran.</translation>
    </message>
    <message>
        <source>Automatic: the face found is kept in view. Click or drag on the photo to choose the focus point yourself.</source>
        <translation>Otomatis: wajah yang ditemukan dijaga tetap terlihat. Klik atau seret pada foto untuk memilih titik fokus sendiri.</translation>
    </message>
    <message>
        <source>Automatic: the {count} faces found are kept in view. Click or drag on the photo to choose the focus point yourself.</source>
        <translation>Otomatis: {count} wajah yang ditemukan dijaga tetap terlihat. Klik atau seret pada foto untuk memilih titik fokus sendiri.</translation>
    </message>
    <message>
        <source>Automatic. Click or drag on the photo to choose the point that must stay in the picture.</source>
        <translation>Otomatis. Klik atau seret pada foto untuk memilih titik yang harus tetap ada di gambar.</translation>
    </message>
</context>
<context>
    <name>Font</name>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB; font files up to {limit_mb} MB can be added.</source>
        <translation>{name} berukuran {size_mb} MB; berkas fon yang dapat ditambahkan paling besar {limit_mb} MB.</translation>
    </message>
    <message>
        <source>{name} is not a font file. Add a TrueType (.ttf) or OpenType (.otf) font.</source>
        <translation>{name} bukan berkas fon. Tambahkan fon TrueType (.ttf) atau OpenType (.otf).</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be used. Try the original file again.</source>
        <translation>{name} rusak atau tidak lengkap sehingga tidak dapat dipakai. Coba lagi dengan berkas aslinya.</translation>
    </message>
    <message>
        <source>{name} cannot write Indonesian text: it lacks the characters {missing}. Choose a font that covers the Latin alphabet.</source>
        <translation>{name} tidak dapat menulis teks bahasa Indonesia: karakter {missing} tidak tersedia. Pilih fon yang mencakup abjad Latin.</translation>
    </message>
    <message>
        <source>The font {ref} is not available on this computer.</source>
        <translation>Fon {ref} tidak tersedia di komputer ini.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Medsos Desktop (automatic)</source>
        <translation>Medsos Desktop (otomatis)</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>Ruang kerja contoh</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Revision {number} opened for changes</source>
        <translation>Revisi {number} dibuka untuk diubah</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Dipindahkan ke Sampah</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Dipulihkan dari Sampah</translation>
    </message>
    <message>
        <source>The approval expired: the post was not published in time after its planned date. Revision {number} must be approved again.</source>
        <translation>Persetujuan kedaluwarsa: posting tidak dipublikasikan tepat waktu setelah jadwalnya. Revisi {number} perlu disetujui lagi.</translation>
    </message>
    <message>
        <source>Revision {number}, sent to the central folder</source>
        <translation>Revisi {number}, dikirim ke folder pusat</translation>
    </message>
    <message>
        <source>Step “{step}” approved on the reviewer&apos;s own PC; sent to the next step</source>
        <translation>Tahap “{step}” disetujui di PC peninjau sendiri; diteruskan ke tahap berikutnya</translation>
    </message>
    <message>
        <source>Made from a Diskominfo content pack (revision {number})</source>
        <translation>Dibuat dari paket konten Diskominfo (revisi {number})</translation>
    </message>
    <message>
        <source>Main caption</source>
        <translation>Caption utama</translation>
    </message>
    <message>
        <source>History: {title}</source>
        <translation>Riwayat: {title}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Perubahan status</translation>
    </message>
    <message>
        <source>Approved (revision {number})</source>
        <translation>Disetujui (revisi {number})</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Caption changes since the approved revision</source>
        <translation>Perubahan caption sejak revisi yang disetujui</translation>
    </message>
    <message>
        <source>No caption has changed.</source>
        <translation>Tidak ada caption yang berubah.</translation>
    </message>
    <message>
        <source>Added text is green, removed text red.</source>
        <translation>Teks yang ditambahkan berwarna hijau, yang dihapus merah.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Secret keys are kept in this computer&apos;s password store.</source>
        <translation>Kunci rahasia disimpan di penyimpanan kata sandi komputer ini.</translation>
    </message>
    <message>
        <source>This computer has no password store, so secret keys cannot be kept safely in it.</source>
        <translation>Komputer ini tidak memiliki penyimpanan kata sandi, sehingga kunci rahasia tidak dapat disimpan dengan aman di sana.</translation>
    </message>
    <message>
        <source>The password store has been turned off for Medsos Desktop on this computer, so secret keys cannot be kept in it.</source>
        <translation>Penyimpanan kata sandi telah dimatikan untuk Medsos Desktop di komputer ini, sehingga kunci rahasia tidak dapat disimpan di sana.</translation>
    </message>
    <message>
        <source>The password store in use keeps secrets in an ordinary file rather than in the operating system&apos;s protected store, so secret keys are not kept in it.</source>
        <translation>Penyimpanan kata sandi yang dipakai menyimpan rahasia dalam berkas biasa, bukan di penyimpanan terlindung sistem operasi, sehingga kunci rahasia tidak disimpan di sana.</translation>
    </message>
    <message>
        <source>This computer&apos;s password store cannot be reached right now. It may be locked or not running; logging out and in again usually helps.</source>
        <translation>Penyimpanan kata sandi komputer ini tidak dapat dihubungi saat ini. Mungkin terkunci atau tidak berjalan; keluar lalu masuk (login) lagi biasanya membantu.</translation>
    </message>
    <message>
        <source>the key could not be read back after saving</source>
        <translation>kunci tidak dapat dibaca kembali setelah disimpan</translation>
    </message>
    <message>
        <source>Medsos Desktop needs a safe place on this computer for its secret signing key, which proves that the posts sent to the central folder come from this computer. This computer has no password store to keep it in (found: {backend}), so the key has not been created. You can choose to keep the key in a file protected by a passphrase instead; you will then type that passphrase each time you send posts.</source>
        <translation>Medsos Desktop memerlukan tempat aman di komputer ini untuk kunci tanda tangan rahasianya, yang membuktikan bahwa posting yang dikirim ke folder pusat berasal dari komputer ini. Komputer ini tidak memiliki penyimpanan kata sandi untuk menyimpannya (ditemukan: {backend}), sehingga kunci belum dibuat. Anda dapat memilih menyimpan kunci dalam berkas yang dilindungi frasa sandi; Anda lalu perlu mengetik frasa sandi itu setiap kali mengirim posting.</translation>
    </message>
    <message>
        <source>The password store of this computer ({backend}) could not be used: {reason}. Make sure you are logged in and the password store is unlocked, then try again.</source>
        <translation>Penyimpanan kata sandi komputer ini ({backend}) tidak dapat digunakan: {reason}. Pastikan Anda sudah masuk (login) dan penyimpanan kata sandi tidak terkunci, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The signing key of this computer is not in its password store ({backend}). This happens when the data folder was copied or restored onto another computer, or when the password store was reset. Set up a new device identity on this computer; posts already sent stay valid.</source>
        <translation>Kunci tanda tangan komputer ini tidak ada di penyimpanan kata sandinya ({backend}). Ini terjadi bila folder data disalin atau dipulihkan ke komputer lain, atau bila penyimpanan kata sandi diatur ulang. Siapkan identitas perangkat baru di komputer ini; posting yang sudah terkirim tetap sah.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Restore it from a backup, or set up a new device identity on this computer; posts already sent stay valid.</source>
        <translation>Berkas kunci {path} tidak ada. Pulihkan dari cadangan, atau siapkan identitas perangkat baru di komputer ini; posting yang sudah terkirim tetap sah.</translation>
    </message>
    <message>
        <source>The signing key of this computer is damaged and cannot be used. Restore the data folder from a backup, or set up a new device identity on this computer; posts already sent stay valid.</source>
        <translation>Kunci tanda tangan komputer ini rusak dan tidak dapat digunakan. Pulihkan folder data dari cadangan, atau siapkan identitas perangkat baru di komputer ini; posting yang sudah terkirim tetap sah.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged and cannot be used. Restore it from a backup, or set up a new device identity on this computer; posts already sent stay valid.</source>
        <translation>Berkas kunci {path} rusak dan tidak dapat digunakan. Pulihkan dari cadangan, atau siapkan identitas perangkat baru di komputer ini; posting yang sudah terkirim tetap sah.</translation>
    </message>
    <message>
        <source>The signing key found on this computer does not belong to its device identity (key {key_id}); it may come from another installation. Set up a new device identity on this computer; posts already sent stay valid.</source>
        <translation>Kunci tanda tangan yang ditemukan di komputer ini bukan milik identitas perangkatnya (kunci {key_id}); mungkin berasal dari instalasi lain. Siapkan identitas perangkat baru di komputer ini; posting yang sudah terkirim tetap sah.</translation>
    </message>
    <message>
        <source>The signing key of this computer is protected by a passphrase. Type the passphrase to continue.</source>
        <translation>Kunci tanda tangan komputer ini dilindungi frasa sandi. Ketik frasa sandi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Type it again, paying attention to capital letters.</source>
        <translation>Frasa sandi tidak benar. Ketik lagi, perhatikan huruf besar dan kecil.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {minimum} characters long. A short sentence you can remember works well.</source>
        <translation>Frasa sandi harus paling sedikit {minimum} karakter. Kalimat pendek yang mudah Anda ingat cocok untuk ini.</translation>
    </message>
    <message>
        <source>The passphrase is too long: use at most {maximum} characters.</source>
        <translation>Frasa sandi terlalu panjang: gunakan paling banyak {maximum} karakter.</translation>
    </message>
    <message>
        <source>The device identity file {path} is damaged ({reason}) and has been left as it is. Restore it from a backup, or set up a new device identity on this computer (the damaged file is kept aside).</source>
        <translation>Berkas identitas perangkat {path} rusak ({reason}) dan dibiarkan apa adanya. Pulihkan dari cadangan, atau siapkan identitas perangkat baru di komputer ini (berkas yang rusak disimpan terpisah).</translation>
    </message>
    <message>
        <source>The device identity file {path} was written by a newer version of Medsos Desktop. Update Medsos Desktop on this computer; this version will not change the file.</source>
        <translation>Berkas identitas perangkat {path} ditulis oleh versi Medsos Desktop yang lebih baru. Perbarui Medsos Desktop di komputer ini; versi ini tidak akan mengubah berkas tersebut.</translation>
    </message>
    <message>
        <source>This computer already has a device identity (device {device_id}). It has not been replaced.</source>
        <translation>Komputer ini sudah memiliki identitas perangkat (perangkat {device_id}). Identitas itu tidak diganti.</translation>
    </message>
    <message>
        <source>This computer has no device identity yet. Set one up in the settings first.</source>
        <translation>Komputer ini belum memiliki identitas perangkat. Siapkan dulu di Pengaturan.</translation>
    </message>
    <message>
        <source>The device identity could not be saved in {path}: {reason}.</source>
        <translation>Identitas perangkat tidak dapat disimpan di {path}: {reason}.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>dimatikan</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>Importing images…</source>
        <translation>Mengimpor gambar…</translation>
    </message>
    <message>
        <source>Some images were not attached</source>
        <translation>Beberapa gambar tidak dilampirkan</translation>
    </message>
    <message>
        <source>The selected part is hidden.</source>
        <translation>Bagian yang dipilih sudah disamarkan.</translation>
    </message>
</context>
<context>
    <name>ImageImport</name>
    <message>
        <source>{name} is {size_mb} MB; images up to {limit_mb} MB can be attached.</source>
        <translation>Ukuran {name} {size_mb} MB; gambar yang dapat dilampirkan paling besar {limit_mb} MB.</translation>
    </message>
    <message>
        <source>{name} is not an image file that Medsos Desktop can read.</source>
        <translation>{name} bukan file gambar yang dapat dibaca Medsos Desktop.</translation>
    </message>
    <message>
        <source>{name} is a {format} file. Attach a JPEG, PNG, WebP, HEIC, GIF, BMP or TIFF image.</source>
        <translation>{name} adalah berkas {format}. Lampirkan gambar JPEG, PNG, WebP, HEIC, GIF, BMP, atau TIFF.</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels, too large to open safely. Reduce it below {limit_mp} megapixels first.</source>
        <translation>Ukuran {name} {width}×{height} piksel, terlalu besar untuk dibuka dengan aman. Perkecil dulu hingga di bawah {limit_mp} megapiksel.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (it may not have finished copying). Try the original file again.</source>
        <translation>{name} rusak atau tidak lengkap (mungkin belum selesai disalin). Coba lagi dengan file aslinya.</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Caption or title</source>
        <translation>Caption atau judul</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Dicocokkan lewat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Tidak diimpor: {reason}</translation>
    </message>
    <message>
        <source>skipped by you</source>
        <translation>dilewati oleh Anda</translation>
    </message>
</context>
<context>
    <name>InfographicActions</name>
    <message>
        <source>Exporting the infographic…</source>
        <translation>Mengekspor infografis…</translation>
    </message>
    <message>
        <source>{count} image(s) attached, with alt text proposed from the fields. “Save images to a folder…” under the images gives you the files to upload.</source>
        <translation>{count} gambar dilampirkan, dengan alt text yang diusulkan dari isian. “Simpan gambar ke folder…” di bawah gambar memberi Anda file untuk diunggah.</translation>
    </message>
</context>
<context>
    <name>InfographicPanel</name>
    <message>
        <source>Slide </source>
        <translation>Slide </translation>
    </message>
    <message>
        <source>Export and attach to the post</source>
        <translation>Ekspor dan lampirkan ke posting</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Kelola</translation>
    </message>
    <message>
        <source>Duplicate and edit…</source>
        <translation>Duplikat dan ubah…</translation>
    </message>
    <message>
        <source>Export template to a file…</source>
        <translation>Ekspor template ke berkas…</translation>
    </message>
    <message>
        <source>Import template from a file…</source>
        <translation>Impor template dari berkas…</translation>
    </message>
    <message>
        <source>Delete this own template</source>
        <translation>Hapus template buatan sendiri ini</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Gallery…</source>
        <translation>Galeri…</translation>
    </message>
    <message>
        <source>{label}: point {number} (“{start}”) is too long for this design even at the smallest readable size, so this image cannot be exported. Shorten this point, or choose another size or template.</source>
        <translation>{label}: poin {number} (“{start}”) terlalu panjang untuk desain ini, bahkan pada ukuran terkecil yang masih terbaca, sehingga gambar ini tidak dapat diekspor. Persingkat poin tersebut, atau pilih ukuran atau templat lain.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>(no infographic)</source>
        <translation>(tanpa infografis)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Choose a template to make an infographic.</source>
        <translation>Pilih template untuk membuat infografis.</translation>
    </message>
    <message>
        <source>One point per line (at most {count})</source>
        <translation>Satu poin per baris (paling banyak {count})</translation>
    </message>
    <message>
        <source>(no photo)</source>
        <translation>(tanpa foto)</translation>
    </message>
    <message>
        <source>Slide {number}: {problem}</source>
        <translation>Slide {number}: {problem}</translation>
    </message>
    <message>
        <source>Everything fits.</source>
        <translation>Semua teks muat.</translation>
    </message>
</context>
<context>
    <name>InfographicSize</name>
    <message>
        <source>Square feed 1080×1080</source>
        <translation>Feed persegi 1080×1080</translation>
    </message>
    <message>
        <source>Portrait feed 1080×1350</source>
        <translation>Feed potret 1080×1350</translation>
    </message>
    <message>
        <source>Story, Reels and TikTok 1080×1920</source>
        <translation>Story, Reels dan TikTok 1080×1920</translation>
    </message>
    <message>
        <source>X post 1200×675</source>
        <translation>Posting X 1200×675</translation>
    </message>
    <message>
        <source>Facebook link 1200×630</source>
        <translation>Tautan Facebook 1200×630</translation>
    </message>
    <message>
        <source>YouTube thumbnail 1280×720</source>
        <translation>Thumbnail YouTube 1280×720</translation>
    </message>
</context>
<context>
    <name>InfographicTemplate</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Background photo</source>
        <translation>Foto latar</translation>
    </message>
    <message>
        <source>Activity name</source>
        <translation>Nama kegiatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>What the number means</source>
        <translation>Arti angka</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Konteks</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Pengantar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin-poin</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah-langkah</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Link for the QR code</source>
        <translation>Tautan untuk kode QR</translation>
    </message>
    <message>
        <source>QR code caption</source>
        <translation>Keterangan kode QR</translation>
    </message>
    <message>
        <source>Hoax label</source>
        <translation>Label hoaks</translation>
    </message>
    <message>
        <source>Fact label</source>
        <translation>Label fakta</translation>
    </message>
    <message>
        <source>Hoax claim</source>
        <translation>Klaim hoaks</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Hoax screenshot</source>
        <translation>Tangkapan layar hoaks</translation>
    </message>
    <message>
        <source>Claim headline</source>
        <translation>Judul klaim</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Ucapan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Ajakan</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>{name} is {size}, more than the {limit} that can be opened here. Choose a smaller file.</source>
        <translation>{name} berukuran {size}, melebihi batas {limit} yang dapat dibuka di sini. Pilih berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a folder, a device or a pipe). Choose a file saved on a disk.</source>
        <translation>{name} bukan berkas biasa (melainkan folder, perangkat, atau pipa). Pilih berkas yang tersimpan di disk.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} tidak dapat dibaca: {reason}.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>New post</source>
        <translation>Posting baru</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Hapus posting</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Cari posting</translation>
    </message>
    <message>
        <source>Copy the shown platform&apos;s caption</source>
        <translation>Salin caption platform yang ditampilkan</translation>
    </message>
    <message>
        <source>Caption templates</source>
        <translation>Template caption</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Profil instansi</translation>
    </message>
    <message>
        <source>Send to central folder</source>
        <translation>Kirim ke folder pusat</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>Identitas visual</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>Sampah…</translation>
    </message>
    <message>
        <source>Look at the sample workspace…</source>
        <translation>Lihat ruang kerja contoh…</translation>
    </message>
    <message>
        <source>From Diskominfo</source>
        <translation>Dari Diskominfo</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>About Medsos Desktop</source>
        <translation>Tentang Medsos Desktop</translation>
    </message>
    <message>
        <source>Coordinator mode (Diskominfo)…</source>
        <translation>Mode koordinator (Diskominfo)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Posting</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluasi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Medsos Desktop</source>
        <translation>Medsos Desktop</translation>
    </message>
    <message>
        <source>Caption for {platform} copied. Paste it in the {platform} app.</source>
        <translation>Caption untuk {platform} sudah disalin. Tempelkan di aplikasi {platform}.</translation>
    </message>
    <message>
        <source>Opening posts…</source>
        <translation>Membuka posting…</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Daftar posting</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>From Diskominfo</source>
        <translation>Dari Diskominfo</translation>
    </message>
    <message>
        <source>From Diskominfo ({count} new)</source>
        <translation>Dari Diskominfo ({count} baru)</translation>
    </message>
    <message>
        <source>A draft was made from Diskominfo&apos;s pack: adapt it and submit it.</source>
        <translation>Draf dibuat dari paket Diskominfo: sesuaikan lalu ajukan.</translation>
    </message>
    <message>
        <source>A new post was planned from the calendar.</source>
        <translation>Posting baru direncanakan dari kalender.</translation>
    </message>
    <message>
        <source>“{title}” is back in the list.</source>
        <translation>“{title}” kembali ada di daftar.</translation>
    </message>
    <message>
        <source>Open a post and a platform tab first: its caption is what gets copied.</source>
        <translation>Buka dulu sebuah posting dan tab platformnya: caption di tab itulah yang disalin.</translation>
    </message>
    <message>
        <source>Could not save the last change.</source>
        <translation>Perubahan terakhir tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>MarkPublishedDialog</name>
    <message>
        <source>Mark as published: {title}</source>
        <translation>Tandai sudah terbit: {title}</translation>
    </message>
    <message>
        <source>Paste the link of the post on each platform where it went live. Leave a field empty for a platform where it was not posted.</source>
        <translation>Tempel tautan posting di setiap platform tempat posting tayang. Biarkan kosong untuk platform yang tidak dipakai.</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Terbit pada</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Tandai sudah terbit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Drop photos here, or</source>
        <translation>Seret foto ke sini, atau</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Tambah gambar…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Hapus gambar</translation>
    </message>
    <message>
        <source>Hide a face or data…</source>
        <translation>Samarkan wajah atau data…</translation>
    </message>
    <message>
        <source>Pixelate or blur part of the photo: children&apos;s faces, name tags, ID cards</source>
        <translation>Pikselasi atau buramkan sebagian foto: wajah anak, papan nama, kartu identitas</translation>
    </message>
    <message>
        <source>Save images to a folder…</source>
        <translation>Simpan gambar ke folder…</translation>
    </message>
    <message>
        <source>Saves every image of this post, numbered in carousel order, to a folder of your choice: the files to upload on each platform</source>
        <translation>Menyimpan semua gambar unggahan ini, bernomor sesuai urutan carousel, ke folder pilihan Anda: file yang diunggah di setiap platform</translation>
    </message>
    <message>
        <source>Alt text (describe the image for blind readers):</source>
        <translation>Teks alternatif (alt text), jelaskan isi gambar untuk pembaca tunanetra:</translation>
    </message>
    <message>
        <source>e.g. The mayor hands over aid to residents at the village hall</source>
        <translation>mis. Bupati menyerahkan bantuan kepada warga di balai desa</translation>
    </message>
    <message>
        <source>Remove the image “{name}” from this post?</source>
        <translation>Hapus gambar “{name}” dari posting ini?</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Choose images</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <source>Save the post&apos;s images in this folder</source>
        <translation>Simpan gambar unggahan di folder ini</translation>
    </message>
    <message>
        <source>{count} image(s) saved in {folder}.</source>
        <translation>{count} gambar disimpan di {folder}.</translation>
    </message>
    <message>
        <source>Images not saved</source>
        <translation>Gambar tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>post link</source>
        <translation>tautan posting</translation>
    </message>
    <message>
        <source>post ID</source>
        <translation>ID posting</translation>
    </message>
    <message>
        <source>publish time</source>
        <translation>waktu terbit</translation>
    </message>
    <message>
        <source>caption or title</source>
        <translation>caption atau judul</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>jangkauan</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>tayangan</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>suka</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>dibagikan</translation>
    </message>
    <message>
        <source>saves</source>
        <translation>disimpan</translation>
    </message>
    <message>
        <source>video views</source>
        <translation>tayangan video</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas ini kosong.</translation>
    </message>
    <message>
        <source>This file is not a CSV file: it is a {kind} image. Choose the CSV file exported from the platform&apos;s statistics page.</source>
        <translation>Berkas ini bukan berkas CSV: ini gambar {kind}. Pilih berkas CSV yang diekspor dari halaman statistik platform.</translation>
    </message>
    <message>
        <source>This file is not a CSV file: it is an Excel workbook. Open it in Excel or LibreOffice Calc and save it as CSV, or export CSV from the platform.</source>
        <translation>Berkas ini bukan berkas CSV: ini buku kerja Excel. Buka dengan Excel atau LibreOffice Calc lalu simpan sebagai CSV, atau ekspor CSV dari platform.</translation>
    </message>
    <message>
        <source>This file is not a CSV file: it is a ZIP archive. Extract it and choose the CSV file inside.</source>
        <translation>Berkas ini bukan berkas CSV: ini arsip ZIP. Ekstrak dulu lalu pilih berkas CSV di dalamnya.</translation>
    </message>
    <message>
        <source>This file is not a CSV file: it is a PDF document. Export the statistics as CSV instead.</source>
        <translation>Berkas ini bukan berkas CSV: ini dokumen PDF. Ekspor statistiknya sebagai CSV.</translation>
    </message>
    <message>
        <source>This file is not a CSV file: it contains binary data, not text. Choose the CSV file exported from the platform&apos;s statistics page.</source>
        <translation>Berkas ini bukan berkas CSV: isinya data biner, bukan teks. Pilih berkas CSV yang diekspor dari halaman statistik platform.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV near line {line}. Export it again from the platform.</source>
        <translation>Berkas tidak dapat dibaca sebagai CSV di sekitar baris {line}. Ekspor ulang dari platform.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; at most {limit} are read at once. Export a shorter period from the platform (for example one month per file) and import each file.</source>
        <translation>Berkas ini memuat lebih dari {limit} baris; paling banyak {limit} baris dibaca sekaligus. Ekspor periode yang lebih pendek dari platform (misalnya satu bulan per berkas), lalu impor setiap berkas.</translation>
    </message>
    <message>
        <source>Line {line} of the file is far too long for a metrics export. Export it again from the platform.</source>
        <translation>Baris {line} dalam berkas terlalu panjang untuk ekspor statistik. Ekspor ulang dari platform.</translation>
    </message>
    <message>
        <source>The file has no column to match its rows with posts; it needs one of: {fields}. Choose the columns by hand, or check that this is the right export.</source>
        <translation>Berkas tidak memiliki kolom untuk mencocokkan barisnya dengan posting; perlu salah satu dari: {fields}. Pilih kolomnya secara manual, atau periksa apakah ini ekspor yang benar.</translation>
    </message>
    <message>
        <source>The file has no column with figures; it needs at least one of: {fields}. Choose the columns by hand, or check that this is the right export.</source>
        <translation>Berkas tidak memiliki kolom angka; perlu sedikitnya salah satu dari: {fields}. Pilih kolomnya secara manual, atau periksa apakah ini ekspor yang benar.</translation>
    </message>
    <message>
        <source>The file has neither a column to match its rows with posts (one of: {id_fields}) nor a column with figures (one of: {metric_fields}). Check that this is a metrics export of a platform.</source>
        <translation>Berkas tidak memiliki kolom untuk mencocokkan baris dengan posting (salah satu dari: {id_fields}) maupun kolom angka (salah satu dari: {metric_fields}). Periksa apakah ini ekspor statistik dari platform.</translation>
    </message>
    <message>
        <source>The row is empty.</source>
        <translation>Baris ini kosong.</translation>
    </message>
    <message>
        <source>A summary row (“{value}”), not a post.</source>
        <translation>Baris ringkasan (“{value}”), bukan posting.</translation>
    </message>
    <message>
        <source>The row has no post link, post ID or publish time to match it with a post.</source>
        <translation>Baris ini tidak memiliki tautan, ID, atau waktu terbit untuk dicocokkan dengan posting.</translation>
    </message>
    <message>
        <source>“{value}” in the column “{column}” is not a date, and the row has no post link or post ID to match it with a post.</source>
        <translation>“{value}” pada kolom “{column}” bukan tanggal, dan baris ini tidak memiliki tautan atau ID untuk dicocokkan dengan posting.</translation>
    </message>
    <message>
        <source>“{value}” in the column “{column}” is not a whole number.</source>
        <translation>“{value}” pada kolom “{column}” bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>The row has no figures.</source>
        <translation>Baris ini tidak memiliki angka.</translation>
    </message>
    <message>
        <source>The same post with the same figures is already on line {line}.</source>
        <translation>Posting yang sama dengan angka yang sama sudah ada di baris {line}.</translation>
    </message>
    <message>
        <source>The post no longer exists (it may have been deleted).</source>
        <translation>Posting ini sudah tidak ada (mungkin telah dihapus).</translation>
    </message>
    <message>
        <source>Only a post that has been sent to the central folder can be marked as published. Send it with Sync first.</source>
        <translation>Hanya posting yang sudah dikirim ke folder pusat yang dapat ditandai terbit. Kirim dulu dengan “Kirim ke folder pusat”.</translation>
    </message>
    <message>
        <source>Enter the link of at least one published post.</source>
        <translation>Isi tautan sedikitnya satu posting yang sudah terbit.</translation>
    </message>
    <message>
        <source>Check the links marked below.</source>
        <translation>Periksa tautan yang ditandai di bawah.</translation>
    </message>
    <message>
        <source>This is not a web link; copy the post&apos;s link from {platform} (it starts with https://).</source>
        <translation>Ini bukan tautan web; salin tautan posting dari {platform} (diawali https://).</translation>
    </message>
    <message>
        <source>This link does not point to {platform}; copy the link of the post on {platform}.</source>
        <translation>Tautan ini tidak mengarah ke {platform}; salin tautan posting di {platform}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid figure for {field}: enter a whole number of 0 or more.</source>
        <translation>“{value}” bukan angka yang sah untuk {field}: isi bilangan bulat 0 atau lebih.</translation>
    </message>
    <message>
        <source>“{field}” is not a figure Medsos Desktop keeps.</source>
        <translation>“{field}” bukan angka yang disimpan Medsos Desktop.</translation>
    </message>
    <message>
        <source>The post “{title}” (line {line}) was deleted after the preview. Nothing has been imported; preview the file again.</source>
        <translation>Posting “{title}” (baris {line}) dihapus setelah pratinjau. Tidak ada yang diimpor; buat pratinjau berkas lagi.</translation>
    </message>
    <message>
        <source>No post matches this row, and none was chosen.</source>
        <translation>Tidak ada posting yang cocok dengan baris ini, dan tidak ada yang dipilih.</translation>
    </message>
    <message>
        <source>Skipped by you.</source>
        <translation>Dilewati oleh Anda.</translation>
    </message>
    <message>
        <source>The platform of this row is unknown and the post has several platforms.</source>
        <translation>Platform baris ini tidak diketahui dan posting memiliki beberapa platform.</translation>
    </message>
    <message>
        <source>Already imported earlier.</source>
        <translation>Sudah diimpor sebelumnya.</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>tautan sama</translation>
    </message>
    <message>
        <source>same post ID</source>
        <translation>ID posting sama</translation>
    </message>
    <message>
        <source>date and caption</source>
        <translation>tanggal dan caption</translation>
    </message>
    <message>
        <source>date only</source>
        <translation>tanggal saja</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>dipilih manual</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>tidak cocok</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>akan diimpor</translation>
    </message>
    <message>
        <source>choose a post</source>
        <translation>pilih posting</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>sudah diimpor</translation>
    </message>
</context>
<context>
    <name>MetricsEntryDialog</name>
    <message>
        <source>Figures: {title}</source>
        <translation>Angka: {title}</translation>
    </message>
    <message>
        <source>Type the figures shown in each platform&apos;s insights. Leave a figure at “–” when the platform does not show it.</source>
        <translation>Ketik angka yang tampil di statistik (insights) setiap platform. Biarkan “–” bila platform tidak menampilkannya.</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Simpan angka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MetricsImportDialog</name>
    <message>
        <source>Import figures from a CSV file</source>
        <translation>Impor angka dari berkas CSV</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose the CSV file exported from Meta Business Suite (Facebook and Instagram), TikTok Studio, X Analytics or YouTube Studio. Nothing is stored until you confirm the import.</source>
        <translation>Pilih berkas CSV yang diekspor dari Meta Business Suite (Facebook dan Instagram), TikTok Studio, X Analytics, atau YouTube Studio. Tidak ada yang disimpan sebelum Anda mengonfirmasi impor.</translation>
    </message>
    <message>
        <source>Choose CSV file…</source>
        <translation>Pilih berkas CSV…</translation>
    </message>
    <message>
        <source>Check which column of the file holds each item. The guesses come from the column names; change any that is wrong. A row needs a link, a post ID or a publish time, and at least one figure.</source>
        <translation>Periksa kolom mana yang berisi setiap data. Tebakan diambil dari nama kolom; ubah yang keliru. Setiap baris perlu tautan, ID posting, atau waktu terbit, dan sedikitnya satu angka.</translation>
    </message>
    <message>
        <source>Post for the selected row:</source>
        <translation>Posting untuk baris terpilih:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Pilih berkas CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Berkas CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(tidak ada di berkas)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolom {number}</translation>
    </message>
    <message>
        <source>{rows} row(s) can be read; {skipped} left out.</source>
        <translation>{rows} baris dapat dibaca; {skipped} tidak diikutkan.</translation>
    </message>
    <message>
        <source>{to_import} row(s) will be imported, {waiting} need a post (choose one below or they are skipped), {already} already imported, {left_out} left out.</source>
        <translation>{to_import} baris akan diimpor, {waiting} perlu dipilihkan posting (pilih di bawah atau dilewati), {already} sudah diimpor, {left_out} tidak diikutkan.</translation>
    </message>
    <message>
        <source>Found automatically: {title}</source>
        <translation>Ditemukan otomatis: {title}</translation>
    </message>
    <message>
        <source>— choose a post —</source>
        <translation>— pilih posting —</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Lewati baris ini</translation>
    </message>
    <message>
        <source>Nothing has been imported. {reason}</source>
        <translation>Tidak ada yang diimpor. {reason}</translation>
    </message>
    <message>
        <source>{imported} row(s) imported, {already} already imported earlier, {skipped} not imported.</source>
        <translation>{imported} baris diimpor, {already} sudah diimpor sebelumnya, {skipped} tidak diimpor.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Baris {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>OSError</name>
    <message>
        <source>No such file or directory</source>
        <translation>file atau folder tidak ada</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>tindakan tidak diizinkan</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>ruang penyimpanan penuh</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>kuota disk terlampaui</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>penyimpanan hanya dapat dibaca</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>file sudah ada</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>ini sebuah folder, bukan file</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ini bukan folder</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>folder tidak kosong</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>perangkat atau file sedang dipakai</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>kesalahan baca/tulis pada perangkat</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>nama file terlalu panjang</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>terlalu banyak file yang terbuka</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>nilai tidak valid</translation>
    </message>
</context>
<context>
    <name>ObscureDialog</name>
    <message>
        <source>Hide part of the photo</source>
        <translation>Samarkan sebagian foto</translation>
    </message>
    <message>
        <source>Drag a rectangle over a child&apos;s face, a name tag or an ID card. The hidden part cannot be recovered from the new photo.</source>
        <translation>Tarik kotak di atas wajah anak, papan nama, atau kartu identitas. Bagian yang disamarkan tidak dapat dipulihkan dari foto baru.</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pikselasi</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Buramkan</translation>
    </message>
    <message>
        <source>Hide this part</source>
        <translation>Samarkan bagian ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Hide these faces</source>
        <translation>Samarkan wajah-wajah ini</translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation>Hapus semua tanda</translation>
    </message>
    <message>
        <source>1 face found. Hide it?</source>
        <translation>1 wajah ditemukan — samarkan?</translation>
    </message>
    <message>
        <source>{count} faces found. Hide them?</source>
        <translation>{count} wajah ditemukan — samarkan?</translation>
    </message>
    <message>
        <source>No face found automatically: drag over each part to hide.</source>
        <translation>Tidak ada wajah yang ditemukan otomatis: seret di atas setiap bagian yang ingin disamarkan.</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Pair this PC with your agency</source>
        <translation>Pasangkan PC ini dengan instansi Anda</translation>
    </message>
    <message>
        <source>Posts for your approval arrive through your agency&apos;s shared folder. Fill in your name and position, choose the folder and your agency, and send the request to pair. Then compare the code below with the one on the admin&apos;s screen (in person or by phone) before you confirm.</source>
        <translation>Postingan yang perlu Anda setujui datang melalui folder bersama instansi Anda. Isi nama dan jabatan Anda, pilih folder dan instansi Anda, lalu kirim permintaan pasangan. Setelah itu cocokkan kode di bawah dengan kode di layar admin (langsung atau lewat telepon) sebelum Anda mengonfirmasi.</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas Kesehatan</source>
        <translation>mis. Kepala Dinas Kesehatan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Folder bersama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Admin&apos;s computer</source>
        <translation>Komputer admin</translation>
    </message>
    <message>
        <source>Pairing code (must be the same as on the admin&apos;s computer):</source>
        <translation>Kode pasangan (harus sama dengan yang tampil di komputer admin):</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <source>No agency has used this folder yet. Check that it is the folder your agency&apos;s admin sends posts to; this list looks again by itself every few seconds, or press Check again.</source>
        <translation>Belum ada instansi yang memakai folder ini. Pastikan ini folder tempat admin instansi Anda mengirim posting; daftar ini diperiksa lagi dengan sendirinya setiap beberapa detik, atau tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>The agency&apos;s full name is not in the shared folder yet (it comes with its first post sent to Diskominfo); shown here by the name of its folder.</source>
        <translation>Nama lengkap instansi belum tercatat di folder bersama (tercatat bersama posting pertamanya yang dikirim ke Diskominfo); untuk sementara ditampilkan menurut nama foldernya.</translation>
    </message>
    <message>
        <source>Request sent. Ask the admin to open Agency → Settings → Approval on the heads&apos; own PCs; when the code there is the same as above, both of you confirm.</source>
        <translation>Permintaan terkirim. Minta admin membuka Instansi → Pengaturan → Persetujuan di PC pimpinan; bila kode di sana sama dengan kode di atas, Anda berdua mengonfirmasi.</translation>
    </message>
    <message>
        <source>Send the request to pair</source>
        <translation>Kirim permintaan pasangan</translation>
    </message>
    <message>
        <source>The codes match: pair</source>
        <translation>Kodenya sama: pasangkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Pilih folder bersama</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Membaca folder…</translation>
    </message>
    <message>
        <source>The admin&apos;s computer of this agency is not in the folder yet. Ask the admin to choose this shared folder in Agency → Settings (or just to start Medsos Desktop once); this dialog looks again by itself every few seconds.</source>
        <translation>Komputer admin instansi ini belum ada di folder. Minta admin memilih folder bersama ini di Instansi → Pengaturan (atau cukup membuka Medsos Desktop sekali); dialog ini memeriksa lagi dengan sendirinya setiap beberapa detik.</translation>
    </message>
    <message>
        <source>Fill in your name and position, and choose the folder and agency.</source>
        <translation>Isi nama dan jabatan Anda, lalu pilih folder dan instansi.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of this computer&apos;s key</source>
        <translation>Frasa sandi kunci komputer ini</translation>
    </message>
    <message>
        <source>Protect this computer&apos;s key with a passphrase</source>
        <translation>Lindungi kunci komputer ini dengan frasa sandi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Create the protected key file</source>
        <translation>Buat berkas kunci terlindung</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Medsos Desktop signs your work with a secret key kept on this computer: the posts an admin sends, or the decisions a head of office gives. This computer has no password store to keep that key in, so it will be kept in a file locked with a passphrase you choose now. You type it again whenever Medsos Desktop needs the key, for example when it opens or sends. Choose a short sentence you will remember, at least 10 characters; if it is forgotten, this computer must be set up again (what was already sent stays valid).</source>
        <translation>Medsos Desktop menandatangani pekerjaan Anda dengan kunci rahasia yang disimpan di komputer ini: posting yang dikirim admin, atau keputusan yang diberikan pimpinan. Komputer ini tidak punya brankas kata sandi untuk menyimpan kunci itu, jadi kunci akan disimpan dalam berkas yang dikunci dengan frasa sandi yang Anda pilih sekarang. Anda mengetiknya lagi setiap kali Medsos Desktop memerlukan kunci itu, misalnya saat dibuka atau saat mengirim. Pilih kalimat pendek yang mudah Anda ingat, minimal 10 karakter; bila terlupa, komputer ini harus disiapkan ulang (yang sudah terkirim tetap sah).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Gunakan minimal 10 karakter.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Enter your name: posts, the history and approvals show who did what.</source>
        <translation>Isi nama Anda: posting, riwayat, dan persetujuan mencatat siapa melakukan apa.</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <source>New PIN for {name}</source>
        <translation>PIN baru untuk {name}</translation>
    </message>
    <message>
        <source>The reviewer knows the old PIN</source>
        <translation>Peninjau masih ingat PIN lama</translation>
    </message>
    <message>
        <source>The old PIN</source>
        <translation>PIN lama</translation>
    </message>
    <message>
        <source>The old PIN is forgotten: I, the admin, confirm the reset</source>
        <translation>PIN lama terlupa: saya, admin, mengonfirmasi pengaturan ulang</translation>
    </message>
    <message>
        <source>I, {admin}, checked in person that {name} is the one choosing the new PIN.</source>
        <translation>Saya, {admin}, sudah memastikan secara langsung bahwa {name} sendiri yang memilih PIN baru.</translation>
    </message>
    <message>
        <source>the admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Why, e.g. “forgot the PIN; identity checked at the office”</source>
        <translation>Alasannya, mis. “lupa PIN; identitas dicek langsung di kantor”</translation>
    </message>
    <message>
        <source>Recorded in the reviewers&apos; audit trail with your name, date and reason.</source>
        <translation>Dicatat di jejak audit peninjau beserta nama Anda, tanggal, dan alasannya.</translation>
    </message>
    <message>
        <source>Enter your own name in General first: this reset is recorded in it.</source>
        <translation>Isi dulu nama Anda di tab Umum: pengaturan ulang ini dicatat atas nama tersebut.</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 sampai 12 angka</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Old PIN</source>
        <translation>PIN lama</translation>
    </message>
    <message>
        <source>New PIN (typed by the reviewer)</source>
        <translation>PIN baru (diketik oleh peninjau)</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <source>Set the new PIN</source>
        <translation>Simpan PIN baru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two new PINs differ: type the same PIN twice.</source>
        <translation>Kedua PIN baru berbeda: ketik PIN yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>This post is approved or waiting for review; open it and edit it as a new revision to change its date.</source>
        <translation>Posting ini sudah disetujui atau sedang ditinjau; buka dan ubah sebagai revisi baru untuk mengganti tanggalnya.</translation>
    </message>
    <message>
        <source>This post no longer exists.</source>
        <translation>Posting ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
</context>
<context>
    <name>PlatformPreview</name>
    <message>
        <source>See more</source>
        <translation>Lihat selengkapnya</translation>
    </message>
    <message>
        <source>more</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Belum ada foto</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Baru saja</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Suka</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentari</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bagikan</translation>
    </message>
    <message>
        <source>Picture of the linked page</source>
        <translation>Gambar dari halaman tautan</translation>
    </message>
    <message>
        <source>...more</source>
        <translation>...selengkapnya</translation>
    </message>
    <message>
        <source>1m</source>
        <translation>1 mnt</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>0 views · {date}</source>
        <translation>0 x ditonton · {date}</translation>
    </message>
    <message>
        <source>No photo or video yet</source>
        <translation>Belum ada foto atau video</translation>
    </message>
    <message>
        <source>original sound - {handle}</source>
        <translation>suara asli - {handle}</translation>
    </message>
    <message>
        <source>Reels</source>
        <translation>Reels</translation>
    </message>
    <message>
        <source>{handle} · Original audio</source>
        <translation>{handle} · Audio asli</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Ikuti</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Kirim pesan</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Balas…</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Hapus posting</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? It can be restored from Post → Trash for {days} days, then it is deleted for good.</source>
        <translation>Pindahkan “{title}” ke Sampah? Posting dapat dipulihkan melalui Posting → Sampah selama {days} hari; setelah itu dihapus permanen.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke Sampah</translation>
    </message>
    <message>
        <source>Moved to the trash. Post → Trash restores it.</source>
        <translation>Dipindahkan ke Sampah. Posting → Sampah dapat memulihkannya.</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Edit as a new revision</source>
        <translation>Ubah sebagai revisi baru</translation>
    </message>
    <message>
        <source>Short title, for you and your reviewer</source>
        <translation>Judul singkat, untuk Anda dan peninjau</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Dijadwalkan pada</translation>
    </message>
    <message>
        <source>Write the caption once here; every platform starts from it.</source>
        <translation>Tulis caption sekali saja di sini; caption setiap platform berawal dari sini.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Mulai dari template…</translation>
    </message>
    <message>
        <source>Instagram accounts invited as Collab</source>
        <translation>Akun Instagram yang diundang sebagai Collab</translation>
    </message>
    <message>
        <source>Choose at least one platform above to see its caption and checks.</source>
        <translation>Pilih minimal satu platform di atas untuk melihat caption dan hasil pemeriksaannya.</translation>
    </message>
    <message>
        <source>Approval sheet…</source>
        <translation>Lembar persetujuan…</translation>
    </message>
    <message>
        <source>One page (PNG and PDF) to send by WhatsApp or print for a reviewer away from the PC</source>
        <translation>Satu halaman (PNG dan PDF) untuk dikirim lewat WhatsApp atau dicetak bagi peninjau yang tidak di depan komputer</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Riwayat…</translation>
    </message>
    <message>
        <source>Review (head of office)…</source>
        <translation>Tinjau (pimpinan)…</translation>
    </message>
    <message>
        <source>Approve with a PIN here instead…</source>
        <translation>Atau setujui dengan PIN di PC ini…</translation>
    </message>
    <message>
        <source>Only when the head of office is at this PC: they approve by typing their PIN, instead of on their own PC</source>
        <translation>Hanya jika pimpinan sedang berada di PC ini: beliau menyetujui dengan mengetik PIN-nya, bukan di PC-nya sendiri</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Ajukan untuk ditinjau</translation>
    </message>
    <message>
        <source>Mark as published…</source>
        <translation>Tandai sudah terbit…</translation>
    </message>
    <message>
        <source>Figures…</source>
        <translation>Angka statistik…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Base caption</source>
        <translation>Caption utama</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Kolaborator</translation>
    </message>
    <message>
        <source>Mentions and hashtags end every platform&apos;s text; each platform tab below shows its whole text, exactly as it will be posted and copied.</source>
        <translation>Mention dan hashtag menjadi penutup teks setiap platform; tiap tab platform di bawah menampilkan teks lengkapnya, persis seperti yang akan diposting dan disalin.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Caption per platform, with checks</source>
        <translation>Caption per platform, beserta pemeriksaannya</translation>
    </message>
    <message>
        <source>Caption and photos</source>
        <translation>Caption dan foto</translation>
    </message>
    <message>
        <source>Infographic</source>
        <translation>Infografis</translation>
    </message>
    <message>
        <source>Choose a post on the left, or make a new one.</source>
        <translation>Pilih posting di sebelah kiri, atau buat posting baru.</translation>
    </message>
    <message>
        <source>Status: {status}. Every change is saved automatically.</source>
        <translation>Status: {status}. Setiap perubahan tersimpan otomatis.</translation>
    </message>
    <message>
        <source>Status: {status}. This version is locked; editing it starts a new revision that needs approval again.</source>
        <translation>Status: {status}. Versi ini terkunci; mengubahnya akan membuat revisi baru yang perlu disetujui lagi.</translation>
    </message>
    <message>
        <source>Send to the reviewers&apos; PCs</source>
        <translation>Kirim ke PC peninjau</translation>
    </message>
    <message>
        <source>Approval steps: {steps}</source>
        <translation>Urutan persetujuan: {steps}</translation>
    </message>
    <message>
        <source>Sent to the reviewers&apos; PCs: step {step} of {steps} ({title}).</source>
        <translation>Sudah dikirim ke PC peninjau: langkah {step} dari {steps} ({title}).</translation>
    </message>
    <message>
        <source>Waiting for {names}.</source>
        <translation>Menunggu {names}.</translation>
    </message>
    <message>
        <source>Their decisions arrive by themselves.</source>
        <translation>Keputusannya masuk dengan sendirinya.</translation>
    </message>
    <message>
        <source>Revision {revision} is in the central folder.</source>
        <translation>Revisi {revision} sudah ada di folder pusat.</translation>
    </message>
    <message>
        <source>Revision {revision} could not be sent: {reason} Ask Diskominfo to look at the central folder.</source>
        <translation>Revisi {revision} tidak dapat dikirim: {reason} Minta Diskominfo memeriksa folder pusat.</translation>
    </message>
    <message>
        <source>Revision {revision} is waiting for the central folder (tried {attempts} times; tried again automatically): {reason}</source>
        <translation>Revisi {revision} menunggu folder pusat (sudah dicoba {attempts} kali; akan dicoba lagi otomatis): {reason}</translation>
    </message>
    <message>
        <source>Revision {revision} is queued for the central folder.</source>
        <translation>Revisi {revision} dalam antrean ke folder pusat.</translation>
    </message>
</context>
<context>
    <name>PostListPage</name>
    <message>
        <source>&lt;b&gt;Sample workspace.&lt;/b&gt; These posts belong to a sample agency, to learn from; they are never sent to Diskominfo. Fill in your agency&apos;s profile to start your own workspace.</source>
        <translation>&lt;b&gt;Ruang kerja contoh.&lt;/b&gt; Posting ini milik instansi contoh, untuk dipelajari; posting ini tidak pernah dikirim ke Diskominfo. Isi profil instansi Anda untuk memulai ruang kerja Anda sendiri.</translation>
    </message>
    <message>
        <source>Fill in agency profile…</source>
        <translation>Isi profil instansi…</translation>
    </message>
    <message>
        <source>{shown} of {total} posts</source>
        <translation>{shown} dari {total} posting</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <source>As the public will see it</source>
        <translation>Seperti yang akan dilihat publik</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>No target platform is chosen for this post.</source>
        <translation>Posting ini belum memiliki platform tujuan.</translation>
    </message>
    <message>
        <source>Photos and videos ({count})</source>
        <translation>Foto dan video ({count})</translation>
    </message>
    <message>
        <source>This post has no photo or video.</source>
        <translation>Posting ini tanpa foto atau video.</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Sample post from the demo workspace</source>
        <translation>Posting contoh dari ruang kerja demo</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>{title}  ·  sample</source>
        <translation>{title}  ·  contoh</translation>
    </message>
</context>
<context>
    <name>Posts</name>
    <message>
        <source>This post is {status} and can no longer be edited. Start a new revision to change it.</source>
        <translation>Posting ini berstatus {status} dan tidak dapat diubah lagi. Buat revisi baru untuk mengubahnya.</translation>
    </message>
    <message>
        <source>The post no longer exists (it may have been deleted).</source>
        <translation>Posting ini sudah tidak ada (mungkin telah dihapus).</translation>
    </message>
    <message>
        <source>The image {name} is no longer stored.</source>
        <translation>Gambar {name} sudah tidak tersimpan.</translation>
    </message>
    <message>
        <source>Only a post in the trash can be deleted for good; move it to the trash first.</source>
        <translation>Hanya posting di Sampah yang dapat dihapus permanen; pindahkan dulu ke Sampah.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Agency profile</source>
        <translation>Profil instansi</translation>
    </message>
    <message>
        <source>Welcome to Medsos Desktop. Enter your agency&apos;s profile: it fills caption templates and checks for your official hashtags. You are looking at a sample workspace until you do; you can change this later from the Agency menu.</source>
        <translation>Selamat datang di Medsos Desktop. Isi profil instansi Anda: profil ini dipakai untuk mengisi template caption dan memeriksa hashtag resmi Anda. Sebelum profil diisi, yang Anda lihat adalah ruang kerja contoh; profil dapat diubah nanti melalui menu Instansi.</translation>
    </message>
    <message>
        <source>Your agency&apos;s profile, used in templates and checks.</source>
        <translation>Profil instansi Anda, dipakai di template dan pemeriksaan.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>mis. {example}</translation>
    </message>
    <message>
        <source>Official numbers and e-mails, one per line: they are not flagged as personal data</source>
        <translation>Nomor dan e-mail resmi, satu per baris: tidak akan ditandai sebagai data pribadi</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Parent government</source>
        <translation>Pemerintah daerah</translation>
    </message>
    <message>
        <source>Official hashtags</source>
        <translation>Hashtag resmi</translation>
    </message>
    <message>
        <source>Official contacts</source>
        <translation>Kontak resmi</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Your name is needed.</source>
        <translation>Nama Anda wajib diisi.</translation>
    </message>
    <message>
        <source>The agency name is needed.</source>
        <translation>Nama instansi wajib diisi.</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Content pack (one message for every agency)</source>
        <translation>Paket konten (satu pesan untuk semua instansi)</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Pengumuman</translation>
    </message>
    <message>
        <source>Hashtag set</source>
        <translation>Kumpulan tagar</translation>
    </message>
    <message>
        <source>Day for every agency&apos;s calendar</source>
        <translation>Hari untuk kalender semua instansi</translation>
    </message>
    <message>
        <source>Asset (an image, e.g. the city&apos;s logo)</source>
        <translation>Aset (gambar, mis. logo kota)</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Dijadwalkan pada</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Setiap tahun</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>Sign and share with every agency</source>
        <translation>Tandatangani dan bagikan ke semua instansi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Master caption</source>
        <translation>Caption induk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>Shared so far, and who adopted the packs</source>
        <translation>Yang sudah dibagikan, dan siapa yang mengadopsi paket</translation>
    </message>
    <message>
        <source>Text of the announcement</source>
        <translation>Isi pengumuman</translation>
    </message>
    <message>
        <source>How agencies should use it</source>
        <translation>Cara instansi memakainya</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Beri judul pada bahan ini.</translation>
    </message>
    <message>
        <source>Choose the image to share.</source>
        <translation>Pilih gambar yang akan dibagikan.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Tidak dibagikan</translation>
    </message>
    <message>
        <source>Shared as {path}. Agencies receive it at their next sync.</source>
        <translation>Dibagikan sebagai {path}. Instansi menerimanya pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Pack {name}: adopted by {count} agencies</source>
        <translation>Paket {name}: diadopsi {count} instansi</translation>
    </message>
</context>
<context>
    <name>RegionalDaysDialog</name>
    <message>
        <source>Days of the region</source>
        <translation>Hari daerah</translation>
    </message>
    <message>
        <source>e.g. Hari Jadi Kota Sukamaju</source>
        <translation>mis. Hari Jadi Kota Sukamaju</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Setiap tahun</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Days of your city or agency appear in the calendar beside the national ones; Diskominfo&apos;s days arrive by themselves.</source>
        <translation>Hari kota atau instansi Anda tampil di kalender di samping hari nasional; hari dari Diskominfo datang dengan sendirinya.</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Hapus hari</translation>
    </message>
    <message>
        <source>Remove “{day}” from the calendar?</source>
        <translation>Hapus “{day}” dari kalender?</translation>
    </message>
</context>
<context>
    <name>RemoteReview</name>
    <message>
        <source>Only a draft or a post sent back can be sent for review (this one is {status}).</source>
        <translation>Hanya draf atau postingan yang dikembalikan yang dapat dikirim untuk ditinjau (postingan ini {status}).</translation>
    </message>
    <message>
        <source>No approval chain is set up yet: add the reviewers&apos; PCs and the steps in Settings, or approve with a PIN on this PC.</source>
        <translation>Rantai persetujuan belum diatur: tambahkan PC para peninjau dan tahap-tahapnya di Pengaturan, atau setujui dengan PIN di PC ini.</translation>
    </message>
    <message>
        <source>The approval chain for this category names a reviewer who is not paired or is no longer active; fix the chain in Settings.</source>
        <translation>Rantai persetujuan untuk kategori ini menyebut peninjau yang belum dipasangkan atau sudah tidak aktif; perbaiki rantainya di Pengaturan.</translation>
    </message>
    <message>
        <source>This PC is not paired with the agency PC {device} yet.</source>
        <translation>PC ini belum dipasangkan dengan PC instansi {device}.</translation>
    </message>
    <message>
        <source>Choose the central folder in Settings first: requests to reviewers travel through it.</source>
        <translation>Pilih dulu folder pusat di Pengaturan: permintaan ke peninjau dikirim melaluinya.</translation>
    </message>
    <message>
        <source>That review request is no longer here.</source>
        <translation>Permintaan tinjauan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>You have already decided on this request.</source>
        <translation>Anda sudah memberi keputusan atas permintaan ini.</translation>
    </message>
    <message>
        <source>Say what must change: a post sent back needs at least one comment.</source>
        <translation>Sebutkan apa yang perlu diubah: postingan yang dikembalikan memerlukan paling sedikit satu komentar.</translation>
    </message>
    <message>
        <source>The admin took this request back (the post was changed, withdrawn or already decided otherwise); there is nothing to decide. A new request comes if it is sent again.</source>
        <translation>Admin menarik kembali permintaan ini (postingnya diubah, ditarik, atau sudah diputuskan dengan cara lain); tidak ada yang perlu diputuskan. Permintaan baru datang bila posting dikirim lagi.</translation>
    </message>
    <message>
        <source>Your agency is in the central folder: the heads of office can pair their PCs now.</source>
        <translation>Instansi Anda sudah ada di folder pusat: pimpinan kini dapat memasangkan PC-nya.</translation>
    </message>
    <message>
        <source>Heads of office cannot pair their PCs yet: this PC&apos;s key is locked or not set up. Open Settings → Approval on the heads&apos; own PCs once.</source>
        <translation>Pimpinan belum dapat memasangkan PC-nya: kunci PC ini masih terkunci atau belum disiapkan. Buka sekali Pengaturan → Persetujuan di PC pimpinan.</translation>
    </message>
    <message>
        <source>Heads of office cannot pair their PCs yet: {reason}</source>
        <translation>Pimpinan belum dapat memasangkan PC-nya: {reason}</translation>
    </message>
</context>
<context>
    <name>RemoteReviewRunner</name>
    <message>
        <source>Sent to the reviewers&apos; PCs; their decisions arrive by themselves.</source>
        <translation>Terkirim ke PC para peninjau; keputusan mereka akan masuk dengan sendirinya.</translation>
    </message>
    <message>
        <source>{count} approvals expired: those posts were not published in time and must be approved again.</source>
        <translation>{count} persetujuan kedaluwarsa: posting itu tidak dipublikasikan tepat waktu dan perlu disetujui lagi.</translation>
    </message>
    <message>
        <source>Decisions arrived: {approved} approved, {returned} sent back.</source>
        <translation>Keputusan masuk: {approved} disetujui, {returned} dikembalikan.</translation>
    </message>
    <message>
        <source>Decisions from the heads&apos; PCs cannot be taken in until this PC&apos;s key is unlocked with its passphrase.</source>
        <translation>Keputusan dari PC pimpinan belum dapat diambil sampai kunci PC ini dibuka dengan frasa sandinya.</translation>
    </message>
</context>
<context>
    <name>RemoteReviewersPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kode pasangan</translation>
    </message>
    <message>
        <source>The codes match: register</source>
        <translation>Kodenya sama: daftarkan</translation>
    </message>
    <message>
        <source>Check for requests</source>
        <translation>Periksa permintaan</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Step name, e.g. Kepala Bidang</source>
        <translation>Nama tahap, mis. Kepala Bidang</translation>
    </message>
    <message>
        <source>any one of them approves</source>
        <translation>salah satu menyetujui</translation>
    </message>
    <message>
        <source>all of them approve</source>
        <translation>semua menyetujui</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Tambah tahap</translation>
    </message>
    <message>
        <source>Remove last step</source>
        <translation>Hapus tahap terakhir</translation>
    </message>
    <message>
        <source>The heads of office approve on their own PCs, through the shared folder. On their PC they choose “I am a reviewer” the first time Medsos Desktop opens, then Review → Pair with your agency; their request shows here. Register them only when the code is the same as on their screen.</source>
        <translation>Pimpinan menyetujui di PC-nya sendiri, lewat folder bersama. Di PC-nya, pimpinan memilih “Saya peninjau (pimpinan)” saat Medsos Desktop pertama kali dibuka, lalu Tinjauan → Pasangkan dengan instansi Anda; permintaannya muncul di sini. Daftarkan hanya jika kodenya sama dengan yang tampil di layar beliau.</translation>
    </message>
    <message>
        <source>1. Waiting to be paired</source>
        <translation>1. Menunggu dipasangkan</translation>
    </message>
    <message>
        <source>2. Registered</source>
        <translation>2. Terdaftar</translation>
    </message>
    <message>
        <source>Every category (the general chain)</source>
        <translation>Semua kategori (rantai umum)</translation>
    </message>
    <message>
        <source>3. Approval chain: who approves, in which order</source>
        <translation>3. Urutan persetujuan: siapa menyetujui, dalam urutan apa</translation>
    </message>
    <message>
        <source>Chain for</source>
        <translation>Rantai untuk</translation>
    </message>
    <message>
        <source>New step: its name, and who approves in it</source>
        <translation>Langkah baru: namanya, dan siapa yang menyetujui di langkah itu</translation>
    </message>
    <message>
        <source>Fast track (the last step only) for:</source>
        <translation>Jalur cepat (hanya langkah terakhir) untuk:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>An approval expires when the post is still unpublished after</source>
        <translation>Persetujuan kedaluwarsa bila posting belum dipublikasikan setelah</translation>
    </message>
    <message>
        <source>The chain is saved with the Save button, with the rest of the settings.</source>
        <translation>Urutan ini disimpan dengan tombol Simpan, bersama pengaturan lainnya.</translation>
    </message>
    <message>
        <source>Reading the central folder…</source>
        <translation>Membaca folder pusat…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>any one</source>
        <translation>salah satu</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>This category follows the general chain. Add steps to give it a chain of its own.</source>
        <translation>Kategori ini mengikuti rantai umum. Tambahkan langkah untuk memberinya rantai sendiri.</translation>
    </message>
    <message>
        <source>No step yet: posts are approved with a PIN on this PC.</source>
        <translation>Belum ada langkah: posting disetujui dengan PIN di PC ini.</translation>
    </message>
    <message>
        <source>{category} (its own chain)</source>
        <translation>{category} (rantai sendiri)</translation>
    </message>
    <message>
        <source>Name the step and tick at least one reviewer.</source>
        <translation>Beri nama tahap dan centang paling sedikit satu peninjau.</translation>
    </message>
    <message>
        <source>Not saved yet: press Save to keep the chain.</source>
        <translation>Belum tersimpan: tekan Simpan untuk menyimpan urutan ini.</translation>
    </message>
    <message>
        <source>Saved: posts submitted from now on go to these reviewers&apos; PCs.</source>
        <translation>Tersimpan: postingan yang diajukan mulai sekarang dikirim ke PC para peninjau ini.</translation>
    </message>
    <message>
        <source>Saved: posts are approved with a PIN on this PC.</source>
        <translation>Tersimpan: postingan disetujui dengan PIN di PC ini.</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>{label} is too long for this design and was shortened with “…”. Shorten the text or choose another template.</source>
        <translation>{label} terlalu panjang untuk desain ini dan dipotong dengan “…”. Persingkat teksnya atau pilih templat lain.</translation>
    </message>
    <message>
        <source>The footer line from the brand kit is too long for this size and was shortened. Shorten the website, hotline or address in Brand kit, or choose another size.</source>
        <translation>Baris kaki dari Identitas visual terlalu panjang untuk ukuran ini dan dipendekkan. Persingkat situs web, hotline, atau alamat di Identitas visual, atau pilih ukuran lain.</translation>
    </message>
    <message>
        <source>{label}: the fonts cannot draw {chars}; these characters are left out.</source>
        <translation>{label}: fon tidak dapat menampilkan {chars}; karakter tersebut dihilangkan.</translation>
    </message>
    <message>
        <source>{label}: no image is available; a placeholder is shown.</source>
        <translation>{label}: gambar tidak tersedia; ditampilkan gambar pengganti.</translation>
    </message>
    <message>
        <source>{label}: the image could not be read, so a placeholder is shown. Choose the photo again.</source>
        <translation>{label}: gambar tidak dapat dibaca, sehingga gambar pengganti ditampilkan. Pilih ulang fotonya.</translation>
    </message>
    <message>
        <source>{label} must be filled in.</source>
        <translation>{label} wajib diisi.</translation>
    </message>
    <message>
        <source>{label} is too long for a QR code that phones can read ({length} characters). Use a shorter link.</source>
        <translation>{label} terlalu panjang untuk kode QR yang dapat dipindai ponsel ({length} karakter). Gunakan tautan yang lebih pendek.</translation>
    </message>
    <message>
        <source>The font {ref} is not available; the default font is used instead.</source>
        <translation>Fon {ref} tidak tersedia; fon bawaan dipakai sebagai gantinya.</translation>
    </message>
    <message>
        <source>{label} does not fit this design even at the smallest readable size, so this image cannot be exported. Shorten {label} or choose another size or template.</source>
        <translation>{label} tidak muat dalam desain ini, bahkan pada ukuran terkecil yang masih terbaca, sehingga gambar ini tidak dapat diekspor. Persingkat {label} atau pilih ukuran atau templat lain.</translation>
    </message>
    <message>
        <source>{label} is hard to read on its background (contrast {ratio}:1, at least {needed}:1 is needed). Choose other brand colours or another photo.</source>
        <translation>{label} sulit dibaca di atas latarnya (kontras {ratio}:1, minimal {needed}:1 diperlukan). Pilih warna merek lain atau foto lain.</translation>
    </message>
    <message>
        <source>{label}: the photo is small for this size and is enlarged {factor}×, so it will look blurry. Choose a larger photo, at least {width}×{height} pixels.</source>
        <translation>{label}: foto terlalu kecil untuk ukuran ini dan diperbesar {factor}×, sehingga akan tampak buram. Pilih foto yang lebih besar, minimal {width}×{height} piksel.</translation>
    </message>
    <message>
        <source>{label}: the QR code is too dense for this size ({pixels} pixels per module, phones need at least {minimum}). Use a shorter link, for example a short link from your agency&apos;s link shortener.</source>
        <translation>{label}: kode QR terlalu rapat untuk ukuran ini ({pixels} piksel per modul, ponsel memerlukan minimal {minimum}). Gunakan tautan yang lebih pendek, misalnya tautan pendek dari layanan pemendek tautan instansi Anda.</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Greetings</source>
        <translation>Salam</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Clarifications</source>
        <translation>Klarifikasi</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <source>Thanks and feedback</source>
        <translation>Terima kasih dan masukan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>The reply has {count} error(s) listed below; fix them before saving.</source>
        <translation>Balasan ini memiliki {count} kesalahan di bawah; perbaiki sebelum menyimpan.</translation>
    </message>
    <message>
        <source>Built-in replies cannot be changed; duplicate it and edit the copy.</source>
        <translation>Balasan bawaan tidak dapat diubah; duplikat lalu ubah salinannya.</translation>
    </message>
    <message>
        <source>That reply no longer exists.</source>
        <translation>Balasan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>The built-in replies ({path}) cannot be read: {reason}. Reinstall Medsos Desktop; your own replies are not affected.</source>
        <translation>Balasan bawaan ({path}) tidak dapat dibaca: {reason}. Pasang ulang Medsos Desktop; balasan buatan Anda tidak terpengaruh.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>Citizen&apos;s name or account</source>
        <translation>Nama atau akun warga</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Jam layanan</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Nomor layanan</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Instansi yang berwenang</translation>
    </message>
</context>
<context>
    <name>RepliesDialog</name>
    <message>
        <source>Reply templates</source>
        <translation>Template balasan</translation>
    </message>
    <message>
        <source>Search replies, e.g. KTP or banjir</source>
        <translation>Cari balasan, mis. KTP atau banjir</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>Simpan balasan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Fill in the blanks:</source>
        <translation>Isi bagian yang kosong:</translation>
    </message>
    <message>
        <source>Reply to send:</source>
        <translation>Balasan yang dikirim:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>own</source>
        <translation>buatan sendiri</translation>
    </message>
    <message>
        <source>Built-in reply: duplicate it to make your own version.</source>
        <translation>Balasan bawaan: duplikat untuk membuat versi Anda sendiri.</translation>
    </message>
    <message>
        <source>Still blank: {names}</source>
        <translation>Masih kosong: {names}</translation>
    </message>
    <message>
        <source>{count} broken placeholder(s) are left as written.</source>
        <translation>{count} isian rusak dibiarkan seperti tertulis.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the reply on the platform.</source>
        <translation>Tersalin. Tempel ke balasan di platform.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Balasan baru</translation>
    </message>
    <message>
        <source>Hello {nama}, thank you for contacting us.</source>
        <translation>Halo {nama}, terima kasih telah menghubungi kami.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>Delete reply</source>
        <translation>Hapus balasan</translation>
    </message>
    <message>
        <source>Delete your reply “{title}”? This cannot be undone.</source>
        <translation>Hapus balasan Anda “{title}”? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>There is not enough free space to save the report {name}. Free some space or choose another folder.</source>
        <translation>Ruang penyimpanan tidak cukup untuk menyimpan laporan {name}. Kosongkan sebagian ruang atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The report {name} cannot be saved in {folder}: the folder is read-only, you lack permission, or the file is open in another program. Close it there or choose another folder.</source>
        <translation>Laporan {name} tidak dapat disimpan di {folder}: folder hanya-baca, Anda tidak punya izin, atau berkas sedang dibuka di program lain. Tutup berkas itu atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so the report {name} cannot be saved there.</source>
        <translation>Folder {folder} tidak ada, sehingga laporan {name} tidak dapat disimpan di sana.</translation>
    </message>
    <message>
        <source>The report {name} could not be saved: {reason}</source>
        <translation>Laporan {name} tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Monthly social media report</source>
        <translation>Laporan Bulanan Media Sosial</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>{region}, all agencies — {month}</source>
        <translation>{region}, semua perangkat daerah — {month}</translation>
    </message>
    <message>
        <source>{agency} — {month}</source>
        <translation>{agency} — {month}</translation>
    </message>
    <message>
        <source>Verified posts</source>
        <translation>Posting yang dihitung</translation>
    </message>
    <message>
        <source>Agencies that posted</source>
        <translation>Perangkat daerah yang memposting</translation>
    </message>
    <message>
        <source>Approved before the planned time</source>
        <translation>Disetujui sebelum jadwal</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} dari {total}</translation>
    </message>
    <message>
        <source>Posts adapted from content packs</source>
        <translation>Posting dari paket konten</translation>
    </message>
    <message>
        <source>Posts not counted (no valid revision)</source>
        <translation>Posting belum dapat dihitung</translation>
    </message>
    <message>
        <source>Posts counted by an older revision</source>
        <translation>Posting dihitung dari versi sebelumnya</translation>
    </message>
    <message>
        <source>A newer revision is not valid: {reasons}</source>
        <translation>Versi terbarunya belum dapat dipakai: {reasons}</translation>
    </message>
    <message>
        <source>Last check of every file</source>
        <translation>Pemeriksaan menyeluruh terakhir</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <source>Only a full check sees a change that keeps a file&apos;s size and time.</source>
        <translation>Perubahan tanpa beda ukuran dan waktu hanya terlihat di pemeriksaan penuh.</translation>
    </message>
    <message>
        <source>Posts not counted or counted by an older revision</source>
        <translation>Posting yang belum dihitung atau dihitung dari versi sebelumnya</translation>
    </message>
    <message>
        <source>A post counts by its newest valid revision. These posts have a newer revision that is not valid (yet); a post without any valid revision is not counted. A post whose planned month cannot be read yet (no revision of it is valid) is listed in every month&apos;s report until it is.</source>
        <translation>Setiap posting dihitung dari versi terbarunya yang utuh dan dikirim dari komputer yang sudah disetujui. Posting berikut memiliki versi lebih baru yang belum dapat dipakai; posting tanpa versi yang dapat dipakai belum dihitung. Posting yang bulan jadwalnya belum terbaca dicantumkan di laporan setiap bulan sampai terbaca.</translation>
    </message>
    <message>
        <source>Counted revision</source>
        <translation>Versi yang dihitung</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Versi lebih baru</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>tidak dihitung</translation>
    </message>
    <message>
        <source>(title not readable yet) {post}</source>
        <translation>(judul belum dapat dibaca) {post}</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>Belum lengkap tiba</translation>
    </message>
    <message>
        <source>Damaged or changed</source>
        <translation>Rusak atau diubah</translation>
    </message>
    <message>
        <source>Device not trusted yet</source>
        <translation>Komputer pengirim belum disetujui</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Komputer pengirim tidak dikenal</translation>
    </message>
    <message>
        <source>Device rejected</source>
        <translation>Komputer pengirim ditolak</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Salinan lama dikirim ulang</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Nama berkas tidak aman</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Tidak dapat dibaca</translation>
    </message>
    <message>
        <source>{count} still arriving</source>
        <translation>{count} posting belum lengkap tiba</translation>
    </message>
    <message>
        <source>{count} damaged</source>
        <translation>{count} rusak</translation>
    </message>
    <message>
        <source>{count} from a device not trusted yet</source>
        <translation>{count} dari komputer yang belum disetujui</translation>
    </message>
    <message>
        <source>{count} from an unknown device</source>
        <translation>{count} dari komputer tak dikenal</translation>
    </message>
    <message>
        <source>{count} from a rejected device</source>
        <translation>{count} dari komputer yang ditolak</translation>
    </message>
    <message>
        <source>{count} replayed</source>
        <translation>{count} salinan lama dikirim ulang</translation>
    </message>
    <message>
        <source>{count} unsafe</source>
        <translation>{count} dengan nama berkas tidak aman</translation>
    </message>
    <message>
        <source>{count} invalid</source>
        <translation>{count} tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Posts by agency</source>
        <translation>Posting per perangkat daerah</translation>
    </message>
    <message>
        <source>Posts by category</source>
        <translation>Posting per kategori</translation>
    </message>
    <message>
        <source>Posts by platform</source>
        <translation>Posting per platform</translation>
    </message>
    <message>
        <source>Content packs adopted</source>
        <translation>Paket konten yang dipakai</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paket konten</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>One post may be planned for several platforms; each counts once per platform.</source>
        <translation>Satu posting dapat direncanakan untuk beberapa platform; masing-masing dihitung sekali per platform.</translation>
    </message>
    <message>
        <source>of {total} agencies</source>
        <translation>dari {total} perangkat daerah</translation>
    </message>
    <message>
        <source>{count} of {total} posts</source>
        <translation>{count} dari {total} posting</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Tepat waktu (%)</translation>
    </message>
    <message>
        <source>Agencies without a post this month are listed with 0, so none is left out.</source>
        <translation>Perangkat daerah yang tidak memposting bulan ini tercantum dengan angka 0, sehingga tidak ada yang terlewat.</translation>
    </message>
    <message>
        <source>Reach and engagement are not in this report: the agencies do not send their platform figures to the central folder; each agency&apos;s own report has them.</source>
        <translation>Jangkauan dan interaksi tidak ada di laporan ini: perangkat daerah tidak mengirim angka platform ke folder pusat; angka itu ada di laporan masing-masing perangkat daerah.</translation>
    </message>
    <message>
        <source>Engagement: likes + comments + shares + saves. Engagement rate: engagement ÷ reach.</source>
        <translation>Interaksi: suka + komentar + dibagikan + disimpan. Tingkat interaksi: interaksi ÷ jangkauan.</translation>
    </message>
    <message>
        <source>Number of posts</source>
        <translation>Jumlah posting</translation>
    </message>
    <message>
        <source>Per agency</source>
        <translation>Per perangkat daerah</translation>
    </message>
    <message>
        <source>Content packs</source>
        <translation>Paket konten</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Belum dihitung</translation>
    </message>
    <message>
        <source>How each approval is proven</source>
        <translation>Bagaimana setiap persetujuan dibuktikan</translation>
    </message>
    <message>
        <source>Proof of approval</source>
        <translation>Bukti persetujuan</translation>
    </message>
    <message>
        <source>Share of posts</source>
        <translation>Bagian dari posting</translation>
    </message>
    <message>
        <source>Approval proof</source>
        <translation>Bukti persetujuan</translation>
    </message>
    <message>
        <source>Approved with reviewers&apos; signatures</source>
        <translation>Disetujui dengan tanda tangan peninjau</translation>
    </message>
    <message>
        <source>Signed by reviewers: every step of the agency&apos;s approval chain signed by the heads on their own PCs, each signature checked by Diskominfo against the reviewers the agency registered. PIN on the admin&apos;s PC: the head typed a PIN on the admin&apos;s computer; only the agency&apos;s device vouches for it. WhatsApp evidence: the admin recorded a reply received by WhatsApp with its screenshot; the weakest. Proof does not hold: the post claims signatures that do not check out; ask the agency.</source>
        <translation>Ditandatangani peninjau: setiap tahap rantai persetujuan perangkat daerah ditandatangani pimpinan di PC mereka sendiri, dan setiap tanda tangan diperiksa Diskominfo terhadap peninjau yang didaftarkan perangkat daerah itu. PIN di komputer admin: pimpinan mengetik PIN di komputer admin; hanya komputer perangkat daerah itu yang menjaminnya. Bukti WhatsApp: admin mencatat balasan yang diterima lewat WhatsApp beserta tangkapan layarnya; paling lemah. Bukti gagal diperiksa: posting mengaku bertanda tangan, tetapi tanda tangannya tidak cocok; tanyakan ke perangkat daerah tersebut.</translation>
    </message>
    <message>
        <source>Only the latest valid revision of each post planned in the month is counted: signed by a trusted device, complete and not replayed.</source>
        <translation>Yang dihitung adalah versi terakhir setiap posting yang dijadwalkan bulan ini, yang utuh, dikirim dari komputer yang sudah disetujui, dan bukan salinan lama yang dikirim ulang.</translation>
    </message>
    <message>
        <source>Single image</source>
        <translation>Gambar tunggal</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carousel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Teks saja</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
    <message>
        <source>Monthly Social Media Report</source>
        <translation>Laporan Bulanan Media Sosial</translation>
    </message>
    <message>
        <source>{agency} · {month} {year}</source>
        <translation>{agency} · {month} {year}</translation>
    </message>
    <message>
        <source>Month of {month} {year}</source>
        <translation>Bulan {month} {year}</translation>
    </message>
    <message>
        <source>Agency name not set</source>
        <translation>Nama instansi belum diisi</translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>Posting terbit</translation>
    </message>
    <message>
        <source>{placements} uploads on {platforms} platforms</source>
        <translation>{placements} unggahan di {platforms} platform</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>likes + comments + shares + saves</source>
        <translation>suka + komentar + dibagikan + disimpan</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tingkat interaksi</translation>
    </message>
    <message>
        <source>engagement ÷ reach</source>
        <translation>interaksi ÷ jangkauan</translation>
    </message>
    <message>
        <source>Reach: the accounts that saw a post. Engagement: likes + comments + shares + saves. Engagement rate: engagement ÷ reach. Changes compare with {previous} {year}.</source>
        <translation>Jangkauan: jumlah akun yang melihat unggahan. Interaksi: suka + komentar + dibagikan + disimpan. Tingkat interaksi: interaksi ÷ jangkauan. Perubahan dibandingkan dengan {previous} {year}.</translation>
    </message>
    <message>
        <source>Published on the planned day</source>
        <translation>Terbit pada hari yang direncanakan</translation>
    </message>
    <message>
        <source>{on_time} of {timed} scheduled posts</source>
        <translation>{on_time} dari {timed} posting terjadwal</translation>
    </message>
    <message>
        <source>no scheduled posts</source>
        <translation>tidak ada posting terjadwal</translation>
    </message>
    <message>
        <source>{change} vs {month} ({previous})</source>
        <translation>{change} dibanding {month} ({previous})</translation>
    </message>
    <message>
        <source>{change} points vs {month} ({previous})</source>
        <translation>{change} poin dibanding {month} ({previous})</translation>
    </message>
    <message>
        <source>same as {month}</source>
        <translation>sama dengan {month}</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Posting per minggu</translation>
    </message>
    <message>
        <source>Weeks of the month: days 1–7, 8–14, 15–21, and the 22nd to the month&apos;s end.</source>
        <translation>Minggu dalam bulan: tanggal 1–7, 8–14, 15–21, dan tanggal 22 sampai akhir bulan.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Number of posts published</source>
        <translation>Jumlah posting terbit</translation>
    </message>
    <message>
        <source>Week {number} ({days})</source>
        <translation>Minggu ke-{number} ({days})</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>NIP.</source>
        <translation>NIP.</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>lanjutan</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <source>new this month ({month}: none)</source>
        <translation>baru bulan ini ({month}: belum ada)</translation>
    </message>
    <message>
        <source>{placements} uploads on {platforms} platforms from {posts} posts: one post can go out on several platforms and counts once on each.</source>
        <translation>{placements} unggahan di {platforms} platform dari {posts} posting: satu posting dapat terbit di beberapa platform dan dihitung sekali di setiap platform.</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <source>Reach per platform</source>
        <translation>Jangkauan per platform</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>Engagement per category</source>
        <translation>Interaksi per kategori</translation>
    </message>
    <message>
        <source>By format</source>
        <translation>Per format</translation>
    </message>
    <message>
        <source>Engagement per format</source>
        <translation>Interaksi per format</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Top 5 posts by engagement</source>
        <translation>5 posting teratas menurut interaksi</translation>
    </message>
    <message>
        <source>Top 5 posts by reach</source>
        <translation>5 posting teratas menurut jangkauan</translation>
    </message>
    <message>
        <source>Top engagement</source>
        <translation>Interaksi teratas</translation>
    </message>
    <message>
        <source>Top reach</source>
        <translation>Jangkauan teratas</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per minggu</translation>
    </message>
    <message>
        <source>Per platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>Per format</source>
        <translation>Per format</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Posts of the month by status</source>
        <translation>Posting bulan ini menurut status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No figures recorded yet: import the platforms&apos; CSV exports or type them in.</source>
        <translation>Belum ada angka tercatat: impor CSV dari platform atau ketik angkanya.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Analysis and notes</source>
        <translation>Analisis dan catatan</translation>
    </message>
    <message>
        <source>Acknowledged by,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <source>Head of {agency}</source>
        <translation>Kepala {agency}</translation>
    </message>
    <message>
        <source>Prepared by,</source>
        <translation>Dibuat oleh,</translation>
    </message>
    <message>
        <source>Social media officer</source>
        <translation>Pengelola Media Sosial</translation>
    </message>
    <message>
        <source>{place}, {day} {month} {year}</source>
        <translation>{place}, {day} {month} {year}</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>Tidak ada data untuk periode ini.</translation>
    </message>
</context>
<context>
    <name>RequestPost</name>
    <message>
        <source>Planned to go out: {when}</source>
        <translation>Rencana tayang: {when}</translation>
    </message>
    <message>
        <source>Planned to go out: not scheduled yet</source>
        <translation>Rencana tayang: belum dijadwalkan</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Kategori: {category}</translation>
    </message>
    <message>
        <source>Step {number} ({title}): approved by {names}, {time}</source>
        <translation>Langkah {number} ({title}): disetujui {names}, {time}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Head of division (Kepala Bidang)</source>
        <translation>Kepala Bidang</translation>
    </message>
    <message>
        <source>Head of office (Kepala Dinas)</source>
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>Facts and sources are verified</source>
        <translation>Fakta dan sumber sudah diverifikasi</translation>
    </message>
    <message>
        <source>No personal data is published</source>
        <translation>Tidak ada data pribadi yang dipublikasikan</translation>
    </message>
    <message>
        <source>Faces of children are blurred or absent</source>
        <translation>Wajah anak disamarkan atau tidak ada</translation>
    </message>
    <message>
        <source>Every image has alt text</source>
        <translation>Setiap gambar memiliki alt text</translation>
    </message>
    <message>
        <source>No SARA or hateful content</source>
        <translation>Tidak ada konten SARA atau ujaran kebencian</translation>
    </message>
    <message>
        <source>Caption checks are clean, or each remaining finding has a written reason</source>
        <translation>Pemeriksaan caption bersih, atau setiap temuan yang tersisa diberi alasan tertulis</translation>
    </message>
    <message>
        <source>Not approved: tick every item of the checklist ({missing} still open).</source>
        <translation>Belum disetujui: centang semua butir daftar periksa ({missing} belum dicentang).</translation>
    </message>
    <message>
        <source>Not approved: the finding “{finding}” on {platform} needs a written reason of at least {min} characters, or the caption must be fixed.</source>
        <translation>Belum disetujui: temuan “{finding}” pada {platform} memerlukan alasan tertulis minimal {min} karakter, atau caption harus diperbaiki.</translation>
    </message>
    <message>
        <source>{reviewer} wrote or submitted this post and cannot approve it; another reviewer must.</source>
        <translation>{reviewer} menulis atau mengajukan posting ini sehingga tidak dapat menyetujuinya; peninjau lain yang harus menyetujui.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits (spaces are allowed); leave it empty if there is none.</source>
        <translation>NIP terdiri dari 18 angka (boleh memakai spasi); kosongkan jika tidak ada.</translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>PIN terdiri dari 6 sampai 12 angka.</translation>
    </message>
    <message>
        <source>Say what must change: a post sent back needs a comment for the admin.</source>
        <translation>Tuliskan apa yang harus diubah: posting yang dikembalikan memerlukan catatan untuk admin.</translation>
    </message>
    <message>
        <source>The PIN for {name} is not right.</source>
        <translation>PIN untuk {name} tidak sesuai.</translation>
    </message>
    <message>
        <source>That reviewer no longer exists.</source>
        <translation>Peninjau tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} is no longer an active reviewer. The admin can activate them again in Settings, Reviewers.</source>
        <translation>{name} bukan lagi peninjau aktif. Admin dapat mengaktifkannya kembali di Pengaturan, tab Peninjau.</translation>
    </message>
    <message>
        <source>Only a post awaiting review can be approved or sent back (this one is {status}).</source>
        <translation>Hanya posting yang menunggu tinjauan yang dapat disetujui atau dikembalikan (status posting ini: {status}).</translation>
    </message>
    <message>
        <source>The reviewer needs a name.</source>
        <translation>Peninjau perlu nama.</translation>
    </message>
    <message>
        <source>{name} is already a reviewer. Change that entry instead of adding a second one.</source>
        <translation>{name} sudah terdaftar sebagai peninjau. Ubah data tersebut, jangan menambahkan yang kedua.</translation>
    </message>
    <message>
        <source>{name} is already recorded as a reviewer but deactivated: select them and choose “Activate again”.</source>
        <translation>{name} sudah tercatat sebagai peninjau tetapi dinonaktifkan: pilih namanya lalu klik “Aktifkan lagi”.</translation>
    </message>
    <message>
        <source>The NIP {nip} already belongs to {name}: one NIP is one person.</source>
        <translation>NIP {nip} sudah tercatat atas nama {name}: satu NIP untuk satu orang.</translation>
    </message>
    <message>
        <source>{name} is already recorded with another NIP; check the name or the NIP.</source>
        <translation>{name} sudah tercatat dengan NIP lain; periksa kembali nama atau NIP-nya.</translation>
    </message>
    <message>
        <source>{name} is already recorded on this PC as someone else. If it is the admin, tick “This is me”; otherwise tell the two apart (e.g. with a title or the NIP).</source>
        <translation>{name} sudah tercatat di PC ini sebagai orang lain. Jika itu admin, centang “Ini saya”; jika bukan, bedakan keduanya (mis. dengan gelar atau NIP).</translation>
    </message>
    <message>
        <source>Enter your own name in Settings first: a reset without the old PIN is recorded in the admin&apos;s name.</source>
        <translation>Isi dulu nama Anda di Pengaturan: pengaturan ulang tanpa PIN lama dicatat atas nama admin.</translation>
    </message>
    <message>
        <source>Write why the PIN is reset without the old one (at least {min} characters), e.g. “forgot the PIN, identity checked in person”.</source>
        <translation>Tulis alasan PIN diatur ulang tanpa PIN lama (paling sedikit {min} karakter), mis. “lupa PIN, identitas dicek langsung”.</translation>
    </message>
    <message>
        <source>Without the old PIN, the admin must confirm that they checked who is setting the new one.</source>
        <translation>Tanpa PIN lama, admin harus mengonfirmasi bahwa ia sudah memastikan siapa yang memasang PIN baru.</translation>
    </message>
    <message>
        <source>The new PIN must differ from the old one.</source>
        <translation>PIN baru harus berbeda dari PIN lama.</translation>
    </message>
    <message>
        <source>The WhatsApp reply cannot have been received later than now ({now}).</source>
        <translation>Balasan WhatsApp tidak mungkin diterima lebih lambat dari sekarang ({now}).</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Approved.</source>
        <translation>Disetujui.</translation>
    </message>
    <message>
        <source>Sent back to the admin with the reviewer&apos;s comment.</source>
        <translation>Dikembalikan ke admin beserta catatan peninjau.</translation>
    </message>
    <message>
        <source>Nobody: leave the signature block to fill in by hand</source>
        <translation>Tidak ada: blok tanda tangan dikosongkan untuk diisi tangan</translation>
    </message>
    <message>
        <source>Approval sheet</source>
        <translation>Lembar persetujuan</translation>
    </message>
    <message>
        <source>Who signs this approval sheet?</source>
        <translation>Siapa yang menandatangani lembar persetujuan ini?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save the approval sheet</source>
        <translation>Simpan lembar persetujuan</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
    <message>
        <source>approval-sheet</source>
        <translation>lembar-persetujuan</translation>
    </message>
    <message>
        <source>Saved {pdf} and {count} page pictures for WhatsApp ({first}, ...).</source>
        <translation>{pdf} tersimpan, beserta {count} gambar halaman untuk WhatsApp ({first}, ...).</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review: {title}</source>
        <translation>Tinjauan: {title}</translation>
    </message>
    <message>
        <source>Caption check findings</source>
        <translation>Hasil pemeriksaan caption</translation>
    </message>
    <message>
        <source>{count} errors remain. Write a reason of at least {min} characters for each one you accept, or send the post back to be fixed.</source>
        <translation>Masih ada {count} kesalahan. Tulis alasan minimal {min} karakter untuk setiap kesalahan yang Anda terima, atau kembalikan posting untuk diperbaiki.</translation>
    </message>
    <message>
        <source>No errors. Warnings and notes need no reason.</source>
        <translation>Tidak ada kesalahan. Peringatan dan info tidak memerlukan alasan.</translation>
    </message>
    <message>
        <source>This reviewer wrote or submitted the post and cannot approve it; choose another.</source>
        <translation>Peninjau ini menulis atau mengajukan posting ini sehingga tidak dapat menyetujuinya; pilih peninjau lain.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s PIN</source>
        <translation>PIN peninjau</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>The head replied by WhatsApp instead</source>
        <translation>Pimpinan menjawab lewat WhatsApp</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add a reviewer</source>
        <translation>Tambah peninjau</translation>
    </message>
    <message>
        <source>6 to 12 digits, chosen by the reviewer</source>
        <translation>6 sampai 12 angka, dipilih oleh peninjau</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Tambahkan peninjau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Catatan untuk admin</translation>
    </message>
    <message>
        <source>Only when the head cannot approve on this PC or their own. Attach the screenshot of their reply: it goes with the post to Diskominfo, which sees this approval as the weakest proof.</source>
        <translation>Hanya bila pimpinan tidak dapat menyetujui di PC ini atau di PC-nya sendiri. Lampirkan tangkapan layar balasannya: tangkapan layar ikut dikirim bersama posting ke Diskominfo, yang menganggap persetujuan ini sebagai bukti paling lemah.</translation>
    </message>
    <message>
        <source>Choose the screenshot…</source>
        <translation>Pilih tangkapan layar…</translation>
    </message>
    <message>
        <source>No screenshot chosen yet.</source>
        <translation>Belum ada tangkapan layar yang dipilih.</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Balasan diterima</translation>
    </message>
    <message>
        <source>The screenshot of the WhatsApp reply</source>
        <translation>Tangkapan layar balasan WhatsApp</translation>
    </message>
    <message>
        <source>{name}: this file cannot be shown as an image.</source>
        <translation>{name}: berkas ini tidak dapat ditampilkan sebagai gambar.</translation>
    </message>
    <message>
        <source>(wrote or submitted this post)</source>
        <translation>(penulis atau pengaju posting ini)</translation>
    </message>
    <message>
        <source>Choose a reviewer, or add one first.</source>
        <translation>Pilih peninjau, atau tambahkan peninjau terlebih dahulu.</translation>
    </message>
    <message>
        <source>Not approved: {count} errors still need a reason of at least {min} characters, or the post must be sent back to be fixed.</source>
        <translation>Belum disetujui: {count} kesalahan masih memerlukan alasan minimal {min} karakter, atau posting harus dikembalikan untuk diperbaiki.</translation>
    </message>
    <message>
        <source>Attach the screenshot of the WhatsApp reply, or use the PIN.</source>
        <translation>Lampirkan tangkapan layar balasan WhatsApp, atau gunakan PIN.</translation>
    </message>
    <message>
        <source>Comment for the admin (required when sending back)</source>
        <translation>Catatan untuk admin (wajib bila dikembalikan)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Send back for changes</source>
        <translation>Kembalikan untuk diperbaiki</translation>
    </message>
</context>
<context>
    <name>ReviewNotesPanel</name>
    <message>
        <source>Sent back by {reviewer} with {count} comments. Fix the post, then submit it again. Click a comment to see its place.</source>
        <translation>Dikembalikan oleh {reviewer} dengan {count} catatan. Perbaiki posting, lalu kirim lagi untuk ditinjau. Klik catatan untuk melihat letaknya.</translation>
    </message>
    <message>
        <source>{platform} caption (the marked words were changed)</source>
        <translation>Caption {platform} (kata yang ditandai sudah diubah)</translation>
    </message>
    <message>
        <source>{platform}, on “{quote}”</source>
        <translation>{platform}, pada “{quote}”</translation>
    </message>
    <message>
        <source>An image no longer in the post</source>
        <translation>Gambar yang sudah tidak ada di posting</translation>
    </message>
    <message>
        <source>Image {number}, {area}</source>
        <translation>Gambar {number}, {area}</translation>
    </message>
    <message>
        <source>The whole post</source>
        <translation>Posting secara keseluruhan</translation>
    </message>
    <message>
        <source>the whole image</source>
        <translation>seluruh gambar</translation>
    </message>
    <message>
        <source>the top left part</source>
        <translation>bagian kiri atas</translation>
    </message>
    <message>
        <source>the top middle part</source>
        <translation>bagian tengah atas</translation>
    </message>
    <message>
        <source>the top right part</source>
        <translation>bagian kanan atas</translation>
    </message>
    <message>
        <source>the middle left part</source>
        <translation>bagian kiri tengah</translation>
    </message>
    <message>
        <source>the middle</source>
        <translation>bagian tengah</translation>
    </message>
    <message>
        <source>the middle right part</source>
        <translation>bagian kanan tengah</translation>
    </message>
    <message>
        <source>the bottom left part</source>
        <translation>bagian kiri bawah</translation>
    </message>
    <message>
        <source>the bottom middle part</source>
        <translation>bagian tengah bawah</translation>
    </message>
    <message>
        <source>the bottom right part</source>
        <translation>bagian kanan bawah</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Add a reviewer</source>
        <translation>Tambah peninjau</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>mis. {example}</translation>
    </message>
    <message>
        <source>18 digits; may stay empty</source>
        <translation>18 angka; boleh dikosongkan</translation>
    </message>
    <message>
        <source>This is me, {name}: I review posts as well</source>
        <translation>Ini saya, {name}: saya juga meninjau posting</translation>
    </message>
    <message>
        <source>This is me (enter your own name in General first)</source>
        <translation>Ini saya (isi dulu nama Anda di tab Umum)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 sampai 12 angka</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <source>PIN (typed by the reviewer)</source>
        <translation>PIN (diketik oleh peninjau)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Tambah peninjau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Kedua PIN berbeda: ketik PIN yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <source>Medsos Desktop — Reviewer</source>
        <translation>Medsos Desktop — Peninjau</translation>
    </message>
    <message>
        <source>Pair with your agency…</source>
        <translation>Pasangkan dengan instansi…</translation>
    </message>
    <message>
        <source>Check for new requests</source>
        <translation>Periksa permintaan baru</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Tinjauan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>e.g. The person concerned agreed in writing.</source>
        <translation>mis. Yang bersangkutan sudah setuju secara tertulis.</translation>
    </message>
    <message>
        <source>Awaiting your decision</source>
        <translation>Menunggu keputusan Anda</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Permintaan tinjauan</translation>
    </message>
    <message>
        <source>What must change? Select words in a caption above first to pin the comment to them.</source>
        <translation>Apa yang perlu diubah? Pilih dulu kata-kata pada teks di atas agar komentar tersemat pada bagian itu.</translation>
    </message>
    <message>
        <source>Send back to the admin</source>
        <translation>Kembalikan ke admin</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Comment for the admin</source>
        <translation>Komentar untuk admin</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>Checking the shared folder…</source>
        <translation>Memeriksa folder bersama…</translation>
    </message>
    <message>
        <source>New post to review</source>
        <translation>Postingan baru untuk ditinjau</translation>
    </message>
    <message>
        <source>{title} awaits your decision.</source>
        <translation>{title} menunggu keputusan Anda.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Taken back by the admin</source>
        <translation>Ditarik kembali oleh admin</translation>
    </message>
    <message>
        <source>{count} awaiting your decision · checked {time}</source>
        <translation>{count} menunggu keputusan Anda · diperiksa {time}</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Menunggu keputusan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Approve this post? Your decision is signed and cannot be taken back.</source>
        <translation>Setujui posting ini? Keputusan Anda ditandatangani dan tidak dapat ditarik kembali.</translation>
    </message>
    <message>
        <source>Yes, approve</source>
        <translation>Ya, setujui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>older version · {state}</source>
        <translation>versi lama · {state}</translation>
    </message>
    <message>
        <source>The admin sent this post again; a newer version is listed.</source>
        <translation>Admin mengirim posting ini lagi; versi yang lebih baru ada di daftar.</translation>
    </message>
    <message>
        <source>Paired with &lt;b&gt;{agency}&lt;/b&gt;</source>
        <translation>Terpasang dengan &lt;b&gt;{agency}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Admin&apos;s computer: {name}</source>
        <translation>Komputer admin: {name}</translation>
    </message>
    <message>
        <source>Waiting for the admin to register you.</source>
        <translation>Menunggu admin mendaftarkan Anda.</translation>
    </message>
    <message>
        <source>The admin has deactivated you as a reviewer.</source>
        <translation>Admin telah menonaktifkan Anda sebagai peninjau.</translation>
    </message>
    <message>
        <source>Registered as {jabatan} ({level})</source>
        <translation>Terdaftar sebagai {jabatan} ({level})</translation>
    </message>
    <message>
        <source>Not paired with an agency yet: choose Review → Pair with your agency.</source>
        <translation>Belum terpasang dengan instansi: pilih Tinjauan → Pasangkan dengan instansi.</translation>
    </message>
    <message>
        <source>No posts await your decision. When the admin sends one, it appears here by itself.</source>
        <translation>Tidak ada posting yang menunggu keputusan Anda. Bila admin mengirimnya, posting muncul di sini dengan sendirinya.</translation>
    </message>
    <message>
        <source>No posts await your decision. First pair this PC with your agency: Review → Pair with your agency.</source>
        <translation>Tidak ada posting yang menunggu keputusan Anda. Pasangkan dulu PC ini dengan instansi Anda: Tinjauan → Pasangkan dengan instansi.</translation>
    </message>
    <message>
        <source>You decide as {name}, {jabatan}</source>
        <translation>Anda memutuskan sebagai {name}, {jabatan}</translation>
    </message>
    <message>
        <source>step {step} of {steps}: {title}</source>
        <translation>langkah {step} dari {steps}: {title}</translation>
    </message>
    <message>
        <source>The caption check found errors ({count}). To approve anyway, write your reason (at least 10 characters); it goes to the admin with your decision.</source>
        <translation>Pemeriksaan caption menemukan kesalahan ({count}). Untuk tetap menyetujui, tulis alasan Anda (minimal 10 karakter); alasan itu dikirim ke admin bersama keputusan Anda.</translation>
    </message>
    <message>
        <source>You approved this post ({time}).</source>
        <translation>Anda menyetujui postingan ini ({time}).</translation>
    </message>
    <message>
        <source>The admin took this request back ({time}): the post was changed or withdrawn. Nothing to decide; a new request comes when it is sent again.</source>
        <translation>Admin menarik kembali permintaan ini ({time}): postingnya diubah atau ditarik. Tidak ada yang perlu diputuskan; permintaan baru datang bila posting dikirim lagi.</translation>
    </message>
    <message>
        <source>You sent this post back to the admin ({time}).</source>
        <translation>Anda mengembalikan postingan ini ke admin ({time}).</translation>
    </message>
    <message>
        <source>Caption check: nothing found.</source>
        <translation>Pemeriksaan caption: tidak ada temuan.</translation>
    </message>
    <message>
        <source>{count} error(s)</source>
        <translation>{count} kesalahan</translation>
    </message>
    <message>
        <source>{count} warning(s)</source>
        <translation>{count} peringatan</translation>
    </message>
    <message>
        <source>{count} note(s)</source>
        <translation>{count} catatan</translation>
    </message>
    <message>
        <source>Caption check: {summary}</source>
        <translation>Pemeriksaan caption: {summary}</translation>
    </message>
    <message>
        <source>Comment on the words: “{quote}” ({platform})</source>
        <translation>Catatan untuk kata: “{quote}” ({platform})</translation>
    </message>
    <message>
        <source>Comment on the post as a whole</source>
        <translation>Catatan untuk posting secara keseluruhan</translation>
    </message>
    <message>
        <source>Not approved yet: write why the post may go out despite the errors found (at least 10 characters), or send it back to the admin.</source>
        <translation>Belum disetujui: tulis mengapa posting ini boleh terbit meski ada kesalahan yang ditemukan (minimal 10 karakter), atau kirim kembali ke admin.</translation>
    </message>
    <message>
        <source>Approved despite this finding: {reason}</source>
        <translation>Disetujui meski ada temuan ini: {reason}</translation>
    </message>
    <message>
        <source>Approved despite “{finding}”: {reason}</source>
        <translation>Disetujui meski ada temuan “{finding}”: {reason}</translation>
    </message>
    <message>
        <source>Your decision was sent to the admin.</source>
        <translation>Keputusan Anda sudah terkirim ke admin.</translation>
    </message>
</context>
<context>
    <name>ReviewersPage</name>
    <message>
        <source>For an office with one PC: the heads of division or office approve posts at this PC, each typing a PIN of their own (kept secret, never shown). Changes here are saved at once and recorded.</source>
        <translation>Untuk kantor dengan satu PC: kepala bidang atau kepala dinas menyetujui posting di PC ini, masing-masing dengan mengetik PIN sendiri (dirahasiakan, tidak pernah ditampilkan). Perubahan di sini langsung tersimpan dan tercatat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>PIN baru…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Changes to reviewers</source>
        <translation>Catatan perubahan peninjau</translation>
    </message>
    <message>
        <source>No reviewer yet: add the first one.</source>
        <translation>Belum ada peninjau: tambahkan yang pertama.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada catatan.</translation>
    </message>
    <message>
        <source>{name} added as a reviewer</source>
        <translation>{name} ditambahkan sebagai peninjau</translation>
    </message>
    <message>
        <source>{name}: details changed</source>
        <translation>{name}: data diubah</translation>
    </message>
    <message>
        <source>{name}: marked as the admin&apos;s own entry</source>
        <translation>{name}: ditandai sebagai data admin sendiri</translation>
    </message>
    <message>
        <source>{name}: PIN changed with the old PIN</source>
        <translation>{name}: PIN diganti dengan PIN lama</translation>
    </message>
    <message>
        <source>{name}: PIN reset without the old PIN, confirmed by the admin</source>
        <translation>{name}: PIN diatur ulang tanpa PIN lama, dikonfirmasi oleh admin</translation>
    </message>
    <message>
        <source>{name} deactivated</source>
        <translation>{name} dinonaktifkan</translation>
    </message>
    <message>
        <source>{name} activated again</source>
        <translation>{name} diaktifkan lagi</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation> (alasan: {reason})</translation>
    </message>
    <message>
        <source>by {admin}</source>
        <translation>oleh {admin}</translation>
    </message>
    <message>
        <source>Activate again</source>
        <translation>Aktifkan lagi</translation>
    </message>
    <message>
        <source>Deactivate a reviewer</source>
        <translation>Nonaktifkan peninjau</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer approve or send back posts. Their past decisions keep their name, and they can be activated again.</source>
        <translation>Nonaktifkan {name}? Ia tidak dapat lagi menyetujui atau mengembalikan posting. Keputusannya yang lalu tetap tercatat atas namanya, dan ia dapat diaktifkan lagi.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Welcome to Medsos Desktop</source>
        <translation>Selamat datang di Medsos Desktop</translation>
    </message>
    <message>
        <source>Who uses this PC?</source>
        <translation>Siapa yang memakai PC ini?</translation>
    </message>
    <message>
        <source>I am the social-media admin (PIC medsos)</source>
        <translation>Saya admin media sosial (PIC medsos)</translation>
    </message>
    <message>
        <source>Draft posts, make infographics, check captions, have them approved and send them to Diskominfo&apos;s central folder.</source>
        <translation>Menyusun postingan, membuat infografis, memeriksa teks, meminta persetujuan, lalu mengirimnya ke folder pusat Diskominfo.</translation>
    </message>
    <message>
        <source>I am a reviewer (head of division or of office)</source>
        <translation>Saya peninjau (pimpinan: kepala bidang atau kepala dinas)</translation>
    </message>
    <message>
        <source>Approve or send back the posts your agency&apos;s admin sends you, on this PC, through your agency&apos;s shared folder.</source>
        <translation>Menyetujui atau mengembalikan postingan yang dikirim admin instansi Anda, di PC ini, melalui folder bersama instansi.</translation>
    </message>
</context>
<context>
    <name>SampleViewer</name>
    <message>
        <source>Sample workspace (read-only)</source>
        <translation>Ruang kerja contoh (hanya baca)</translation>
    </message>
    <message>
        <source>How {agency} (a sample agency) works with Medsos Desktop: a post in every state of the approval, with captions per platform. Nothing here can be edited, signed or sent.</source>
        <translation>Cara {agency} (instansi contoh) bekerja dengan Medsos Desktop: posting pada setiap tahap persetujuan, dengan caption per platform. Tidak ada yang dapat diubah, ditandatangani, atau dikirim dari sini.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Tanpa foto</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ada perubahan yang belum disimpan…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>All changes saved {time}</source>
        <translation>Semua perubahan tersimpan pukul {time}</translation>
    </message>
    <message>
        <source>Not saved yet: retrying</source>
        <translation>Belum tersimpan: mencoba lagi</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The site configuration {path} cannot be read ({reason}); the settings it would set are not applied. Ask IT staff to check the file.</source>
        <translation>Konfigurasi situs {path} tidak dapat dibaca ({reason}); pengaturannya tidak diterapkan. Minta staf TI memeriksa berkas itu.</translation>
    </message>
    <message>
        <source>The site configuration {path} is not valid TOML ({reason}); none of its settings are applied. Ask IT staff to correct the file.</source>
        <translation>Konfigurasi situs {path} bukan TOML yang sah ({reason}); tidak ada pengaturannya yang diterapkan. Minta staf TI memperbaiki berkas itu.</translation>
    </message>
    <message>
        <source>The site configuration {path} is far too large to be a settings file; it is ignored. Ask IT staff to check the file.</source>
        <translation>Konfigurasi situs {path} terlalu besar untuk berkas pengaturan; diabaikan. Minta staf TI memeriksa berkas itu.</translation>
    </message>
    <message>
        <source>The site configuration {path} has an unknown setting &quot;{key}&quot;; it is ignored. Known settings: {known}.</source>
        <translation>Konfigurasi situs {path} memiliki pengaturan tak dikenal &quot;{key}&quot;; diabaikan. Pengaturan yang dikenal: {known}.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, &quot;{key}&quot; must be text in quotes (at most {limit} characters); it is ignored.</source>
        <translation>Dalam konfigurasi situs {path}, &quot;{key}&quot; harus berupa teks dalam tanda kutip (paling banyak {limit} karakter); diabaikan.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, &quot;coordinator_key_fingerprint&quot; must be the coordinator&apos;s key fingerprint: {minimum} to {maximum} hexadecimal digits (0-9, a-f), spaces and colons allowed; it is ignored.</source>
        <translation>Dalam konfigurasi situs {path}, &quot;coordinator_key_fingerprint&quot; harus berupa sidik jari kunci koordinator: {minimum} sampai {maximum} digit heksadesimal (0-9, a-f), boleh dengan spasi dan titik dua; diabaikan.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, &quot;default_language&quot; must be one of {choices}; it is ignored.</source>
        <translation>Dalam konfigurasi situs {path}, &quot;default_language&quot; harus salah satu dari {choices}; diabaikan.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, &quot;locked&quot; must be a list of setting names, any of {choices}; &quot;{value}&quot; is ignored.</source>
        <translation>Dalam konfigurasi situs {path}, &quot;locked&quot; harus berupa daftar nama pengaturan, di antara {choices}; &quot;{value}&quot; diabaikan.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, &quot;{name}&quot; is locked but the file does not set it (&quot;{key}&quot;); users may still change it.</source>
        <translation>Dalam konfigurasi situs {path}, &quot;{name}&quot; dikunci tetapi berkas tidak menetapkannya (&quot;{key}&quot;); pengguna tetap dapat mengubahnya.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The new language is used once Medsos Desktop restarts. Restart now? Your work is saved first.</source>
        <translation>Bahasa baru dipakai setelah Medsos Desktop dimulai ulang. Mulai ulang sekarang? Pekerjaan Anda disimpan lebih dulu.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Mulai ulang sekarang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Your name, as it appears in the history</source>
        <translation>Nama Anda, seperti tampil di riwayat</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>mis. {example}</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> hari sebelumnya</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Central folder</source>
        <translation>Folder pusat</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your position (jabatan)</source>
        <translation>Jabatan Anda</translation>
    </message>
    <message>
        <source>Remind me of greeting days</source>
        <translation>Ingatkan hari ucapan</translation>
    </message>
    <message>
        <source>central folder</source>
        <translation>folder pusat</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>Set by your IT staff and locked on this PC: {names}.</source>
        <translation>Ditetapkan staf TI dan dikunci di PC ini: {names}.</translation>
    </message>
    <message>
        <source>This PC&apos;s key</source>
        <translation>Kunci PC ini</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Automatic daily backups of the database</source>
        <translation>Cadangan harian otomatis basis data</translation>
    </message>
    <message>
        <source>Back up everything to one file…</source>
        <translation>Cadangkan semua ke satu berkas…</translation>
    </message>
    <message>
        <source>Restore from a backup file…</source>
        <translation>Pulihkan dari berkas cadangan…</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Data dan cadangan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The central folder on the General tab is not saved yet. Press Save, then open Settings again to pair the heads&apos; PCs and set the chain.</source>
        <translation>Folder pusat di tab Umum belum disimpan. Tekan Simpan, lalu buka Pengaturan lagi untuk memasangkan PC pimpinan dan mengatur rantai persetujuan.</translation>
    </message>
    <message>
        <source>Key fingerprint {fingerprint}; device {name}.</source>
        <translation>Sidik jari kunci {fingerprint}; perangkat {name}.</translation>
    </message>
    <message>
        <source>Not set up yet: it is made at the first sync.</source>
        <translation>Belum disiapkan: dibuat pada sinkronisasi pertama.</translation>
    </message>
    <message>
        <source>Password store: {store}.</source>
        <translation>Penyimpanan kata sandi: {store}.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Belum ada.</translation>
    </message>
    <message>
        <source>Choose the central folder from Diskominfo</source>
        <translation>Pilih folder pusat dari Diskominfo</translation>
    </message>
    <message>
        <source>Your name is needed: posts, the history and approvals show it.</source>
        <translation>Nama Anda wajib diisi: posting, riwayat, dan persetujuan mencantumkannya.</translation>
    </message>
    <message>
        <source>The language changes the next time Medsos Desktop starts.</source>
        <translation>Bahasa akan berganti saat Medsos Desktop dibuka lagi.</translation>
    </message>
    <message>
        <source>Back up everything to one file</source>
        <translation>Cadangkan semua ke satu berkas</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Menulis cadangan…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Cadangan ditulis: {path}</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Pulihkan dari berkas cadangan</translation>
    </message>
    <message>
        <source>Medsos Desktop backups (*.medsos-backup)</source>
        <translation>Cadangan Medsos Desktop (*.medsos-backup)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>A backup holds every post, image, template and setting. A secret key kept in this PC&apos;s password store is not in it: on another PC, sending first asks for a new device identity. A key kept in a passphrase-protected file is in the backup, still encrypted; sending after a restore asks for its passphrase.</source>
        <translation>Cadangan memuat semua posting, gambar, templat, dan pengaturan. Kunci rahasia yang disimpan di penyimpanan kata sandi PC ini tidak ikut: di PC lain, pengiriman akan meminta identitas perangkat baru terlebih dahulu. Kunci yang disimpan dalam berkas berfrasa sandi ikut dalam cadangan, tetap terenkripsi; pengiriman sesudah pemulihan meminta frasa sandinya.</translation>
    </message>
    <message>
        <source>Approval by PIN on this PC</source>
        <translation>Persetujuan dengan PIN di PC ini</translation>
    </message>
    <message>
        <source>Approval on the heads&apos; own PCs</source>
        <translation>Persetujuan di PC pimpinan</translation>
    </message>
    <message>
        <source>Restore and discard {count} posts</source>
        <translation>Pulihkan dan buang {count} posting</translation>
    </message>
    <message>
        <source>Restore the other agency&apos;s backup</source>
        <translation>Pulihkan cadangan instansi lain</translation>
    </message>
    <message>
        <source>Restore the other device&apos;s backup</source>
        <translation>Pulihkan cadangan perangkat lain</translation>
    </message>
    <message>
        <source>Keep this PC&apos;s own device identity ({device})</source>
        <translation>Tetap pakai identitas perangkat PC ini sendiri ({device})</translation>
    </message>
    <message>
        <source>Replace everything in this data folder with the backup {file} (made {created}, {posts} posts)? The current data is kept in the backups folder.</source>
        <translation>Ganti seluruh isi folder data ini dengan cadangan {file} (dibuat {created}, {posts} posting)? Data saat ini disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>This backup belongs to another agency: {backup_agency}. This data folder belongs to {this_agency}. Restore it only if you mean to work as that agency on this PC.</source>
        <translation>Cadangan ini milik instansi lain: {backup_agency}. Folder data ini milik {this_agency}. Pulihkan hanya jika Anda memang akan bekerja sebagai instansi itu di PC ini.</translation>
    </message>
    <message>
        <source>This backup was made on another device: {backup_device} (this PC: {this_device}).</source>
        <translation>Cadangan ini dibuat di perangkat lain: {backup_device} (PC ini: {this_device}).</translation>
    </message>
    <message>
        <source>This data folder&apos;s database cannot be read, so what the restore would take away cannot be listed.</source>
        <translation>Basis data folder data ini tidak dapat dibaca, sehingga apa yang akan hilang karena pemulihan tidak dapat didaftar.</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…dan {count} lainnya</translation>
    </message>
    <message>
        <source>These {count} posts would leave the workflow: the app would neither show nor send them, and only the copy kept in the backups folder would still hold them:</source>
        <translation>{count} posting ini akan keluar dari alur kerja: aplikasi tidak akan lagi menampilkan atau mengirimnya, dan hanya salinan di folder cadangan yang masih memuatnya:</translation>
    </message>
    <message>
        <source>Restore the other agency&apos;s backup, discard {count} posts</source>
        <translation>Pulihkan cadangan instansi lain, buang {count} posting</translation>
    </message>
</context>
<context>
    <name>Shared</name>
    <message>
        <source>Diskominfo&apos;s key in the central folder has changed (was {old}, now {new}). Nothing new from Diskominfo is accepted until you confirm the new key with them by phone or in person and accept it in the app.</source>
        <translation>Kunci Diskominfo di folder pusat berubah (sebelumnya {old}, sekarang {new}). Tidak ada bahan baru dari Diskominfo yang diterima sampai Anda mengonfirmasi kunci baru itu lewat telepon atau tatap muka dan menerimanya di aplikasi.</translation>
    </message>
    <message>
        <source>The coordinator key in the central folder ({new}) is not the one your IT staff set for this PC ({expected}). Nothing from it is accepted; tell your IT staff.</source>
        <translation>Kunci koordinator di folder pusat ({new}) bukan yang ditetapkan staf TI untuk PC ini ({expected}). Tidak ada yang diterima darinya; beri tahu staf TI Anda.</translation>
    </message>
    <message>
        <source>There is no new coordinator key to accept.</source>
        <translation>Tidak ada kunci koordinator baru untuk diterima.</translation>
    </message>
    <message>
        <source>This content pack is no longer available. Pull from the central folder again.</source>
        <translation>Paket konten ini sudah tidak tersedia. Ambil lagi dari folder pusat.</translation>
    </message>
</context>
<context>
    <name>SharedItemsDialog</name>
    <message>
        <source>From Diskominfo</source>
        <translation>Dari Diskominfo</translation>
    </message>
    <message>
        <source>Accept the new key…</source>
        <translation>Terima kunci baru…</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Pengumuman</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paket konten</translation>
    </message>
    <message>
        <source>Hashtag set</source>
        <translation>Kumpulan tagar</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Nothing has arrived from Diskominfo yet. Items appear here after a sync.</source>
        <translation>Belum ada kiriman dari Diskominfo. Bahan muncul di sini setelah sinkronisasi.</translation>
    </message>
    <message>
        <source>Diskominfo&apos;s key has CHANGED. Trusted key: {old}. Key in the folder now: {new}. Nothing new is accepted until you confirm the new key with Diskominfo by phone or in person.</source>
        <translation>Kunci Diskominfo BERUBAH. Kunci tepercaya: {old}. Kunci di folder sekarang: {new}. Tidak ada bahan baru yang diterima sampai Anda mengonfirmasi kunci baru itu kepada Diskominfo lewat telepon atau tatap muka.</translation>
    </message>
    <message>
        <source>From {name}, verified with key {fingerprint}.</source>
        <translation>Dari {name}, diverifikasi dengan kunci {fingerprint}.</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Belum ada bahan.</translation>
    </message>
    <message>
        <source>Planned for {date}</source>
        <translation>Direncanakan untuk {date}</translation>
    </message>
    <message>
        <source>Make a draft from this pack</source>
        <translation>Buat draf dari paket ini</translation>
    </message>
    <message>
        <source>Copy the hashtags</source>
        <translation>Salin tagar</translation>
    </message>
    <message>
        <source>Save the file…</source>
        <translation>Simpan berkas…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Simpan berkas</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Terima kunci baru</translation>
    </message>
    <message>
        <source>Accept the new key only after Diskominfo has read its fingerprint to you by phone or in person and it matches the one shown here. Anyone who can write to the shared folder could have put a false key there.</source>
        <translation>Terima kunci baru hanya setelah Diskominfo membacakan sidik jarinya kepada Anda lewat telepon atau tatap muka dan cocok dengan yang tampil di sini. Siapa pun yang dapat menulis ke folder bersama bisa saja menaruh kunci palsu.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Medsos Desktop cannot start</source>
        <translation>Medsos Desktop tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Menunggu tinjauan</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Sent to central folder</source>
        <translation>Terkirim ke folder pusat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database in {path} was written by a newer version of Medsos Desktop (schema {found}). Install the newer version to open it; this version will not touch it.</source>
        <translation>Basis data di {path} dibuat oleh versi Medsos Desktop yang lebih baru (skema {found}). Pasang versi yang lebih baru untuk membukanya; versi ini tidak akan mengubahnya.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable Medsos Desktop database ({reason}). It has not been changed. Restore a backup from the backups folder or choose another data folder.</source>
        <translation>File {path} bukan basis data Medsos Desktop yang dapat dibaca ({reason}). File tersebut tidak diubah. Pulihkan cadangan dari folder backups atau pilih folder data lain.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Your last change has not been saved yet and is still on screen; free some space and it will be saved automatically.</source>
        <translation>Disk tempat {path} berada sudah penuh. Perubahan terakhir Anda belum tersimpan dan masih ada di layar; kosongkan sebagian ruang disk, lalu perubahan akan tersimpan otomatis.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to. Check its permissions or choose another data folder.</source>
        <translation>Folder data {path} tidak dapat ditulisi. Periksa izin aksesnya atau pilih folder data lain.</translation>
    </message>
    <message>
        <source>The database in {path} is in use by another program, so the change has not been saved. Wait a moment and try again; if it keeps happening, close other copies of Medsos Desktop or backup programs that may be holding the file.</source>
        <translation>Basis data di {path} sedang dipakai program lain, sehingga perubahan belum tersimpan. Tunggu sebentar lalu coba lagi; jika terus terjadi, tutup salinan Medsos Desktop lain atau program cadangan yang mungkin sedang memakai file tersebut.</translation>
    </message>
    <message>
        <source>The disk holding {path} could not be read or written, so the change has not been saved. Check the disk (or its cable or connection) and try again.</source>
        <translation>Disk tempat {path} berada tidak dapat dibaca atau ditulisi, sehingga perubahan belum tersimpan. Periksa disk tersebut (atau kabel maupun sambungannya), lalu coba lagi.</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>file tersebut rusak</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>file tersebut bukan file basis data</translation>
    </message>
    <message>
        <source>Saving failed ({reason}). Your text is still on screen and saving will be retried.</source>
        <translation>Gagal menyimpan ({reason}). Teks Anda masih ada di layar dan penyimpanan akan dicoba lagi.</translation>
    </message>
</context>
<context>
    <name>SubmitGuardDialog</name>
    <message>
        <source>Submit with errors?</source>
        <translation>Ajukan dengan kesalahan?</translation>
    </message>
    <message>
        <source>This post still has {count} errors. Fix them first, or submit anyway: the reviewer must then write a reason for each one before approving.</source>
        <translation>Posting ini masih memiliki {count} kesalahan. Perbaiki dulu, atau tetap ajukan: peninjau nanti harus menulis alasan untuk setiap kesalahan sebelum menyetujuinya.</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Perbaiki dulu</translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation>Tetap ajukan</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The central folder {path} cannot be reached ({reason}). Check that the share is connected or that the sync program is running; publishing will be retried.</source>
        <translation>Folder pusat {path} tidak dapat dijangkau ({reason}). Periksa apakah folder jaringan tersambung atau program sinkronisasi berjalan; pengiriman akan dicoba lagi.</translation>
    </message>
    <message>
        <source>{path} is not a Medsos central folder (it has no medsos-central.json). If it is a network share, check that it is connected; otherwise set up the central folder first.</source>
        <translation>{path} bukan folder pusat Medsos (tidak ada medsos-central.json). Jika ini folder jaringan, periksa apakah sudah tersambung; jika bukan, siapkan folder pusat terlebih dahulu.</translation>
    </message>
    <message>
        <source>medsos-central.json in {path} cannot be used: {reason}.</source>
        <translation>medsos-central.json di {path} tidak dapat digunakan: {reason}.</translation>
    </message>
    <message>
        <source>The central folder {path} uses format version {found}; this version of Medsos Desktop works with version {supported}. Install the newer version.</source>
        <translation>Folder pusat {path} memakai format versi {found}; versi Medsos Desktop ini bekerja dengan versi {supported}. Pasang versi yang lebih baru.</translation>
    </message>
    <message>
        <source>The central folder {path} is full. Nothing was published; free some space and publishing will be retried.</source>
        <translation>Folder pusat {path} penuh. Tidak ada yang terkirim; kosongkan sebagian ruang dan pengiriman akan dicoba lagi.</translation>
    </message>
    <message>
        <source>{path} in the central folder is a link or not a folder; Medsos Desktop does not write through links. Ask IT to remove it.</source>
        <translation>{path} di folder pusat adalah tautan atau bukan folder; Medsos Desktop tidak menulis melalui tautan. Minta bagian TI menghapusnya.</translation>
    </message>
    <message>
        <source>Revision {revision} of post {post_uuid} already exists in the central folder with different or damaged content; it was not replaced.</source>
        <translation>Revisi {revision} dari posting {post_uuid} sudah ada di folder pusat dengan isi yang berbeda atau rusak; revisi itu tidak ditimpa.</translation>
    </message>
    <message>
        <source>Revision {revision} of post {post_uuid} is already in the central folder but not complete yet; publishing will be retried.</source>
        <translation>Revisi {revision} dari posting {post_uuid} sudah ada di folder pusat tetapi belum lengkap; pengiriman akan dicoba lagi.</translation>
    </message>
    <message>
        <source>Another program (often an antivirus or a search indexer) kept a file open in {path}; revision {revision} of post {post_uuid} will be published at the next sync.</source>
        <translation>Program lain (sering kali antivirus atau pengindeks pencarian) sedang membuka berkas di {path}; revisi {revision} dari posting {post_uuid} akan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The central folder already registers device {device_id} for {agency} with another key. This PC needs a new device identity.</source>
        <translation>Folder pusat sudah mencatat perangkat {device_id} untuk {agency} dengan kunci lain. Komputer ini memerlukan identitas perangkat baru.</translation>
    </message>
    <message>
        <source>Device {device_id} is already registered for {other} in the central folder; a PC publishes for one agency only.</source>
        <translation>Perangkat {device_id} sudah terdaftar untuk {other} di folder pusat; satu komputer hanya mengirim untuk satu instansi.</translation>
    </message>
    <message>
        <source>This PC (device {device_id}) is not registered for {agency} in the central folder yet.</source>
        <translation>Komputer ini (perangkat {device_id}) belum terdaftar untuk {agency} di folder pusat.</translation>
    </message>
    <message>
        <source>This PC signs with key {key_id}, but the central folder registers key {registered_key_id} for device {device_id}.</source>
        <translation>Komputer ini menandatangani dengan kunci {key_id}, tetapi folder pusat mencatat kunci {registered_key_id} untuk perangkat {device_id}.</translation>
    </message>
    <message>
        <source>The signing key of this PC did not produce a valid signature; nothing was published.</source>
        <translation>Kunci tanda tangan komputer ini tidak menghasilkan tanda tangan yang sah; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>The post is {size} bytes as post.json; at most {limit} bytes can be published.</source>
        <translation>Posting ini berukuran {size} byte sebagai post.json; paling banyak {limit} byte yang dapat dikirim.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a verified revision: {reason}.</source>
        <translation>{path} tidak dapat dibaca sebagai revisi yang sudah diperiksa: {reason}.</translation>
    </message>
    <message>
        <source>{file} in {path} is not valid JSON ({reason}).</source>
        <translation>{file} di {path} bukan JSON yang sah ({reason}).</translation>
    </message>
    <message>
        <source>{file} in {path}: the field &quot;{field}&quot; is missing or not valid.</source>
        <translation>{file} di {path}: kolom &quot;{field}&quot; tidak ada atau tidak sah.</translation>
    </message>
    <message>
        <source>{file} in {path} is not a {expected} file.</source>
        <translation>{file} di {path} bukan berkas {expected}.</translation>
    </message>
    <message>
        <source>{file} in {path} has format version {found}; this version of Medsos Desktop reads version {supported}.</source>
        <translation>{file} di {path} memakai format versi {found}; versi Medsos Desktop ini membaca versi {supported}.</translation>
    </message>
    <message>
        <source>The manifest of {path} lists &quot;{name}&quot;, which points outside the revision.</source>
        <translation>Manifes {path} mencantumkan &quot;{name}&quot;, yang menunjuk ke luar revisi.</translation>
    </message>
    <message>
        <source>The manifest of {path} lists &quot;{name}&quot;, which is not a name the protocol allows.</source>
        <translation>Manifes {path} mencantumkan &quot;{name}&quot;, nama yang tidak diizinkan oleh protokol.</translation>
    </message>
    <message>
        <source>The manifest of {path} lists &quot;{name}&quot; more than once.</source>
        <translation>Manifes {path} mencantumkan &quot;{name}&quot; lebih dari sekali.</translation>
    </message>
    <message>
        <source>The manifest of {path} does not list post.json.</source>
        <translation>Manifes {path} tidak mencantumkan post.json.</translation>
    </message>
    <message>
        <source>The manifest of {path} lists {name} with a sha256 other than its name.</source>
        <translation>Manifes {path} mencantumkan {name} dengan sha256 yang berbeda dari namanya.</translation>
    </message>
    <message>
        <source>The manifest of {path} lists {count} files; at most {limit} are allowed.</source>
        <translation>Manifes {path} mencantumkan {count} berkas; paling banyak {limit} yang diizinkan.</translation>
    </message>
    <message>
        <source>The manifest of {path} gives {name} {size} bytes; at most {limit} are allowed.</source>
        <translation>Manifes {path} menyebut {name} berukuran {size} byte; paling banyak {limit} yang diizinkan.</translation>
    </message>
    <message>
        <source>{file} in {path} gives key id {key_id}, which is not the id of its public key.</source>
        <translation>{file} di {path} menyebut id kunci {key_id}, yang bukan id dari kunci publiknya.</translation>
    </message>
    <message>
        <source>{path} is valid (device {device_id}, sequence {sequence}).</source>
        <translation>{path} sah (perangkat {device_id}, nomor urut {sequence}).</translation>
    </message>
    <message>
        <source>{path} has no manifest.json yet; its files may still be arriving.</source>
        <translation>{path} belum memiliki manifest.json; berkasnya mungkin masih dalam perjalanan.</translation>
    </message>
    <message>
        <source>{path} has no manifest.sig yet; its files may still be arriving.</source>
        <translation>{path} belum memiliki manifest.sig; berkasnya mungkin masih dalam perjalanan.</translation>
    </message>
    <message>
        <source>{path} is not complete yet: {file} has not arrived.</source>
        <translation>{path} belum lengkap: {file} belum tiba.</translation>
    </message>
    <message>
        <source>{path} is not complete yet: {file} has {found} of {expected} bytes.</source>
        <translation>{path} belum lengkap: {file} baru {found} dari {expected} byte.</translation>
    </message>
    <message>
        <source>{path} cannot be read right now ({reason}); it will be checked again.</source>
        <translation>{path} tidak dapat dibaca saat ini ({reason}); akan diperiksa lagi.</translation>
    </message>
    <message>
        <source>{file} in {path} is {size} bytes; at most {limit} bytes are read. It was not read.</source>
        <translation>{file} di {path} berukuran {size} byte; paling banyak {limit} byte yang dibaca. Berkas ini tidak dibaca.</translation>
    </message>
    <message>
        <source>{path} is in the folder of {folder_agency}, but its manifest says it belongs to {agency}.</source>
        <translation>{path} ada di folder {folder_agency}, tetapi manifesnya menyatakan milik {agency}.</translation>
    </message>
    <message>
        <source>{path} holds the manifest of {claimed}: a signed revision was copied or moved here.</source>
        <translation>{path} berisi manifes milik {claimed}: revisi bertanda tangan telah disalin atau dipindahkan ke sini.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id}, which is not registered for {agency}.</source>
        <translation>{path} ditandatangani oleh perangkat {device_id}, yang tidak terdaftar untuk {agency}.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id}, whose device file has not arrived in the folder of {agency} yet; it stays pending until the device file arrives, at most {days} days after the revision was signed.</source>
        <translation>{path} ditandatangani perangkat {device_id}, yang berkas perangkatnya belum tiba di folder {agency}; revisi ini tetap menunggu sampai berkas perangkat tiba, paling lama {days} hari setelah revisi ditandatangani.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id}, which is not among the trusted devices.</source>
        <translation>{path} ditandatangani oleh perangkat {device_id}, yang tidak termasuk perangkat tepercaya.</translation>
    </message>
    <message>
        <source>{path} names key {key_id}, but the known key of device {device_id} is {known_key_id}.</source>
        <translation>{path} menyebut kunci {key_id}, tetapi kunci perangkat {device_id} yang dikenal adalah {known_key_id}.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id} of {other}, which may not publish for {agency}.</source>
        <translation>{path} ditandatangani oleh perangkat {device_id} milik {other}, yang tidak boleh mengirim untuk {agency}.</translation>
    </message>
    <message>
        <source>Device {device_id} or its key is registered for more than one agency ({agencies}); nothing it signs is trusted.</source>
        <translation>Perangkat {device_id} atau kuncinya terdaftar untuk lebih dari satu instansi ({agencies}); tidak ada yang ditandatanganinya yang dipercaya.</translation>
    </message>
    <message>
        <source>The signature of {path} does not match its manifest: the manifest was changed, or signed with another key.</source>
        <translation>Tanda tangan {path} tidak cocok dengan manifesnya: manifes telah diubah, atau ditandatangani dengan kunci lain.</translation>
    </message>
    <message>
        <source>manifest.sig in {path} is {size} bytes; an Ed25519 signature is 64.</source>
        <translation>manifest.sig di {path} berukuran {size} byte; tanda tangan Ed25519 berukuran 64.</translation>
    </message>
    <message>
        <source>{file} in {path} is {found} bytes, but the signed manifest says {expected}.</source>
        <translation>{file} di {path} berukuran {found} byte, tetapi manifes bertanda tangan menyebut {expected}.</translation>
    </message>
    <message>
        <source>{file} in {path} does not match the sha256 in the signed manifest.</source>
        <translation>{file} di {path} tidak cocok dengan sha256 di manifes bertanda tangan.</translation>
    </message>
    <message>
        <source>{path} holds {file}, which its signed manifest does not list.</source>
        <translation>{path} berisi {file}, yang tidak tercantum di manifes bertanda tangannya.</translation>
    </message>
    <message>
        <source>{path} holds more than {limit} entries.</source>
        <translation>{path} berisi lebih dari {limit} entri.</translation>
    </message>
    <message>
        <source>post.json in {path} is not a JSON object.</source>
        <translation>post.json di {path} bukan objek JSON.</translation>
    </message>
    <message>
        <source>{path} reuses sequence number {sequence} of device {device_id}, also used by {other}: one of them is replayed, or two PCs share a device identity.</source>
        <translation>{path} memakai ulang nomor urut {sequence} perangkat {device_id}, yang juga dipakai oleh {other}: salah satunya adalah pengiriman ulang, atau dua komputer memakai identitas perangkat yang sama.</translation>
    </message>
    <message>
        <source>{path} has sequence number {sequence}, not greater than {earlier_sequence} of the earlier revision {earlier} from the same device: it is replayed.</source>
        <translation>{path} bernomor urut {sequence}, tidak lebih besar dari {earlier_sequence} milik revisi sebelumnya {earlier} dari perangkat yang sama: ini adalah pengiriman ulang.</translation>
    </message>
    <message>
        <source>{path} is a conflict copy made by a sync program; it is ignored and never trusted. Delete it once the original is valid.</source>
        <translation>{path} adalah salinan konflik buatan program sinkronisasi; salinan ini diabaikan dan tidak pernah dipercaya. Hapus setelah berkas aslinya sah.</translation>
    </message>
    <message>
        <source>{path} is a link or a special file; links are never followed in the central folder.</source>
        <translation>{path} adalah tautan atau berkas khusus; tautan tidak pernah diikuti di folder pusat.</translation>
    </message>
    <message>
        <source>{path} is not part of the central folder layout; it is ignored.</source>
        <translation>{path} bukan bagian dari susunan folder pusat; diabaikan.</translation>
    </message>
    <message>
        <source>The device file {path} says it belongs to {agency}, but it is in the folder of {folder_agency}.</source>
        <translation>Berkas perangkat {path} menyatakan milik {agency}, tetapi berada di folder {folder_agency}.</translation>
    </message>
    <message>
        <source>The device file {path} describes device {device_id}, not the one its name says.</source>
        <translation>Berkas perangkat {path} menjelaskan perangkat {device_id}, bukan perangkat yang disebut namanya.</translation>
    </message>
    <message>
        <source>The key of device {device_id} in {path} is not its pinned key: the device file was replaced. Its revisions are still checked against the pinned key.</source>
        <translation>Kunci perangkat {device_id} di {path} bukan kunci yang tersemat: berkas perangkat telah diganti. Revisinya tetap diperiksa dengan kunci yang tersemat.</translation>
    </message>
    <message>
        <source>No device keys are pinned: revisions were checked against the device files in the central folder itself, which anyone who can write to the folder could replace.</source>
        <translation>Tidak ada kunci perangkat yang tersemat: revisi diperiksa dengan berkas perangkat di folder pusat itu sendiri, yang dapat diganti oleh siapa pun yang bisa menulis ke folder tersebut.</translation>
    </message>
    <message>
        <source>The device file {path} registers device {device_id} ({device_name}, key {key_id}) for {agency}, but the coordinator has not trusted it: nothing it signs is valid until the coordinator compares its fingerprint with the agency and trusts it.</source>
        <translation>Berkas perangkat {path} mendaftarkan perangkat {device_id} ({device_name}, kunci {key_id}) untuk {agency}, tetapi koordinator belum memercayainya: apa pun yang ditandatanganinya tidak sah sampai koordinator mencocokkan sidik jarinya dengan instansi tersebut dan memercayainya.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id}, which the coordinator has not trusted yet; it is not valid until the device is trusted.</source>
        <translation>{path} ditandatangani perangkat {device_id}, yang belum dipercaya koordinator; tidak sah sampai perangkat itu dipercaya.</translation>
    </message>
    <message>
        <source>{path} is signed with key {key_id}, which the replaced device file of {device_id} shows instead of its pinned key {pinned_key_id}; it is not valid unless the coordinator trusts the new key.</source>
        <translation>{path} ditandatangani dengan kunci {key_id}, yang ditampilkan berkas perangkat {device_id} yang telah diganti, bukan kunci tersematnya {pinned_key_id}; tidak sah kecuali koordinator memercayai kunci baru itu.</translation>
    </message>
    <message>
        <source>{path} is signed by device {device_id}, which the coordinator rejected or revoked; it is not valid.</source>
        <translation>{path} ditandatangani perangkat {device_id}, yang telah ditolak atau dicabut koordinator; tidak sah.</translation>
    </message>
    <message>
        <source>The device file {path} registers device {device_id} for {agency}, but the coordinator pinned it for {pinned_agency}.</source>
        <translation>Berkas perangkat {path} mendaftarkan perangkat {device_id} untuk {agency}, tetapi koordinator menyematkannya untuk {pinned_agency}.</translation>
    </message>
    <message>
        <source>The pinned keys were exported for {trust_region}, but this central folder is {region}: its devices are not among them.</source>
        <translation>Kunci tersemat diekspor untuk {trust_region}, tetapi folder pusat ini milik {region}: perangkat-perangkatnya tidak ada di dalamnya.</translation>
    </message>
    <message>
        <source>{path} holds no agency folders yet.</source>
        <translation>{path} belum berisi folder instansi.</translation>
    </message>
    <message>
        <source>This is the sample workspace: its posts belong to a sample agency and are never sent to {path}, a real central folder. Fill in your agency&apos;s profile (Instansi menu) to start your own workspace.</source>
        <translation>Ini ruang kerja contoh: posting di dalamnya milik instansi contoh dan tidak pernah dikirim ke {path}, folder pusat yang sebenarnya. Isi profil instansi Anda (menu Instansi) untuk memulai ruang kerja Anda sendiri.</translation>
    </message>
    <message>
        <source>No central folder is set. Choose the shared folder Diskominfo gave you in the settings.</source>
        <translation>Folder pusat belum diatur. Pilih folder bersama dari Diskominfo di pengaturan.</translation>
    </message>
    <message>
        <source>The central folder {path} has no coordinator yet (shared/coordinator.json is missing). Set up this PC as the coordinator first.</source>
        <translation>Folder pusat {path} belum memiliki koordinator (shared/coordinator.json tidak ada). Siapkan PC ini sebagai koordinator terlebih dahulu.</translation>
    </message>
    <message>
        <source>The central folder already has a coordinator, {name} ({coordinator_id}, key {key_id}); it was not replaced. A new coordinator key makes every agency distrust everything in shared/ until each one confirms the new key: replace it only on purpose.</source>
        <translation>Folder pusat sudah memiliki koordinator, {name} ({coordinator_id}, kunci {key_id}); tidak diganti. Kunci koordinator baru membuat setiap instansi tidak memercayai isi shared/ sampai masing-masing mengonfirmasi kunci baru itu: ganti hanya bila memang disengaja.</translation>
    </message>
    <message>
        <source>shared/coordinator.json in the central folder exists but cannot be used ({reason}); it was not replaced. Replace it only on purpose.</source>
        <translation>shared/coordinator.json di folder pusat ada tetapi tidak dapat dipakai ({reason}); tidak diganti. Ganti hanya bila memang disengaja.</translation>
    </message>
    <message>
        <source>This PC signs as {coordinator_id} with key {key_id}, but shared/coordinator.json names {registered_id} with key {registered_key_id}; only the coordinator publishes shared items.</source>
        <translation>PC ini menandatangani sebagai {coordinator_id} dengan kunci {key_id}, tetapi shared/coordinator.json menyebut {registered_id} dengan kunci {registered_key_id}; hanya koordinator yang menerbitkan bahan bersama.</translation>
    </message>
    <message>
        <source>The shared item is {size} bytes as item.json; at most {limit} bytes can be published.</source>
        <translation>Bahan bersama ini berukuran {size} bita sebagai item.json; paling banyak {limit} bita yang dapat diterbitkan.</translation>
    </message>
    <message>
        <source>Revision {revision} of {kind}/{item_id} already exists in the central folder with different or damaged content; it was not replaced.</source>
        <translation>Revisi {revision} dari {kind}/{item_id} sudah ada di folder pusat dengan isi berbeda atau rusak; tidak diganti.</translation>
    </message>
    <message>
        <source>Revision {revision} of {kind}/{item_id} is already in the central folder but not complete yet; publishing will be retried.</source>
        <translation>Revisi {revision} dari {kind}/{item_id} sudah ada di folder pusat tetapi belum lengkap; penerbitan akan dicoba lagi.</translation>
    </message>
    <message>
        <source>Another program (often an antivirus or a search indexer) kept a file open in {path}; revision {revision} of {kind}/{item_id} will be published at the next sync.</source>
        <translation>Program lain (sering antivirus atau pengindeks pencarian) masih membuka berkas di {path}; revisi {revision} dari {kind}/{item_id} akan diterbitkan pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>{path} is valid (coordinator {coordinator_id}, sequence {sequence}).</source>
        <translation>{path} sah (koordinator {coordinator_id}, urutan {sequence}).</translation>
    </message>
    <message>
        <source>The manifest of {path} does not list item.json.</source>
        <translation>Manifes {path} tidak mencantumkan item.json.</translation>
    </message>
    <message>
        <source>item.json in {path} is not a JSON object.</source>
        <translation>item.json di {path} bukan objek JSON.</translation>
    </message>
    <message>
        <source>{path} is signed by {coordinator_id}, which is not the coordinator ({expected}).</source>
        <translation>{path} ditandatangani oleh {coordinator_id}, yang bukan koordinator ({expected}).</translation>
    </message>
    <message>
        <source>{path} names key {key_id}, but the coordinator&apos;s key is {known_key_id}.</source>
        <translation>{path} menyebut kunci {key_id}, padahal kunci koordinator adalah {known_key_id}.</translation>
    </message>
    <message>
        <source>{path} is not trusted: the coordinator&apos;s key in shared/coordinator.json is not the pinned one.</source>
        <translation>{path} tidak dipercaya: kunci koordinator di shared/coordinator.json bukan kunci yang disematkan.</translation>
    </message>
    <message>
        <source>{path} cannot be checked: there is no usable shared/coordinator.json to take the coordinator&apos;s key from.</source>
        <translation>{path} tidak dapat diperiksa: tidak ada shared/coordinator.json yang dapat dipakai untuk mengambil kunci koordinator.</translation>
    </message>
    <message>
        <source>{path} is not a kind of shared item ({kinds}); it is ignored.</source>
        <translation>{path} bukan jenis bahan bersama ({kinds}); diabaikan.</translation>
    </message>
    <message>
        <source>The coordinator {name} ({coordinator_id}, key {key_id}) is not pinned yet: shared items were checked against shared/coordinator.json itself. Pin this key to notice any change.</source>
        <translation>Koordinator {name} ({coordinator_id}, kunci {key_id}) belum disematkan: bahan bersama diperiksa terhadap shared/coordinator.json itu sendiri. Sematkan kunci ini agar setiap perubahan terdeteksi.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s key has changed: shared/coordinator.json names {coordinator_id} with key {key_id}, but the pinned coordinator is {pinned_id} with key {pinned_key_id}. Nothing in shared/ is trusted until you confirm the new key with Diskominfo and pin it.</source>
        <translation>Kunci koordinator berubah: shared/coordinator.json menyebut {coordinator_id} dengan kunci {key_id}, padahal koordinator yang disematkan adalah {pinned_id} dengan kunci {pinned_key_id}. Tidak ada isi shared/ yang dipercaya sampai Anda mengonfirmasi kunci baru itu kepada Diskominfo dan menyematkannya.</translation>
    </message>
    <message>
        <source>shared/coordinator.json is not in the central folder: the coordinator has not set up shared items yet, or the file has not arrived.</source>
        <translation>shared/coordinator.json tidak ada di folder pusat: koordinator belum menyiapkan bahan bersama, atau berkasnya belum tiba.</translation>
    </message>
    <message>
        <source>shared/coordinator.json is not a plain file (it is a link, a folder or a special file); it was not read.</source>
        <translation>shared/coordinator.json bukan berkas biasa (tautan, folder, atau berkas khusus); tidak dibaca.</translation>
    </message>
    <message>
        <source>Shared items were checked against the pinned coordinator key {pinned_key_id}.</source>
        <translation>Bahan bersama diperiksa terhadap kunci koordinator yang disematkan {pinned_key_id}.</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be used: {reason}. Export it again with &apos;medsos devices export&apos;.</source>
        <translation>Berkas kepercayaan {path} tidak dapat dipakai: {reason}. Ekspor ulang dengan &apos;medsos devices export&apos;.</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be read ({reason}).</source>
        <translation>Berkas kepercayaan {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>The trust file {path} is {size} bytes; at most {limit} bytes are read.</source>
        <translation>Berkas kepercayaan {path} berukuran {size} byte; paling banyak {limit} byte yang dibaca.</translation>
    </message>
    <message>
        <source>{file} in {path}: the key in “{field}” is not a valid public key.</source>
        <translation>{file} di {path}: kunci pada “{field}” bukan kunci publik yang sah.</translation>
    </message>
    <message>
        <source>{path}: the approval it carries cannot be trusted: its proof is incomplete or malformed.</source>
        <translation>{path}: persetujuan yang dibawanya tidak dapat dipercaya: buktinya tidak lengkap atau rusak.</translation>
    </message>
    <message>
        <source>{path}: the approval it carries cannot be trusted: a reviewer&apos;s registration is not signed by a known device of the agency.</source>
        <translation>{path}: persetujuan yang dibawanya tidak dapat dipercaya: pendaftaran seorang peninjau tidak ditandatangani perangkat instansi yang dikenal.</translation>
    </message>
    <message>
        <source>{path}: the approval it carries cannot be trusted: a decision is not signed by the key the agency registered for its reviewer.</source>
        <translation>{path}: persetujuan yang dibawanya tidak dapat dipercaya: sebuah keputusan tidak ditandatangani dengan kunci yang didaftarkan instansi untuk peninjaunya.</translation>
    </message>
    <message>
        <source>{path}: the approval it carries cannot be trusted: a decision was made on other content (another post, version or text).</source>
        <translation>{path}: persetujuan yang dibawanya tidak dapat dipercaya: sebuah keputusan dibuat atas isi lain (posting, versi, atau teks lain).</translation>
    </message>
    <message>
        <source>{path}: the approval it carries cannot be trusted: the decisions do not complete every step of the agency&apos;s approval chain.</source>
        <translation>{path}: persetujuan yang dibawanya tidak dapat dipercaya: keputusan-keputusannya tidak menuntaskan setiap tahap rantai persetujuan instansi.</translation>
    </message>
    <message>
        <source>{path}: the approval it carries cannot be trusted: the WhatsApp screenshot it names is not among the revision&apos;s files.</source>
        <translation>{path}: persetujuan yang dibawanya tidak dapat dipercaya: tangkapan layar WhatsApp yang disebutnya tidak ada di antara berkas revisi.</translation>
    </message>
    <message>
        <source>{path}: the approval it carries cannot be trusted: it names a kind of approval this version does not know.</source>
        <translation>{path}: persetujuan yang dibawanya tidak dapat dipercaya: jenis persetujuan yang disebutnya tidak dikenal versi ini.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sample workspace</source>
        <translation>Ruang kerja contoh</translation>
    </message>
    <message>
        <source>This is the sample workspace: its posts belong to a sample agency and are never sent to Diskominfo&apos;s central folder.

Fill in your agency&apos;s profile to start your own workspace; your own approved posts are then sent, signed in your agency&apos;s name.</source>
        <translation>Ini ruang kerja contoh: posting di dalamnya milik instansi contoh dan tidak pernah dikirim ke folder pusat Diskominfo.

Isi profil instansi Anda untuk memulai ruang kerja Anda sendiri; posting Anda yang sudah disetujui kemudian dikirim dengan tanda tangan atas nama instansi Anda.</translation>
    </message>
    <message>
        <source>Fill in agency profile…</source>
        <translation>Isi profil instansi…</translation>
    </message>
    <message>
        <source>Choose the central folder from Diskominfo</source>
        <translation>Pilih folder pusat dari Diskominfo</translation>
    </message>
    <message>
        <source>Sending to the central folder…</source>
        <translation>Mengirim ke folder pusat…</translation>
    </message>
    <message>
        <source>Central folder: not reached; trying again later.</source>
        <translation>Folder pusat: belum terjangkau; akan dicoba lagi nanti.</translation>
    </message>
    <message>
        <source>Diskominfo&apos;s key has changed: nothing new accepted.</source>
        <translation>Kunci Diskominfo berubah: tidak ada bahan baru yang diterima.</translation>
    </message>
    <message>
        <source>Diskominfo&apos;s key has changed</source>
        <translation>Kunci Diskominfo berubah</translation>
    </message>
    <message>
        <source>{count} new or updated items from Diskominfo.</source>
        <translation>{count} bahan baru atau diperbarui dari Diskominfo.</translation>
    </message>
    <message>
        <source>Central folder: {count} waiting. Send them with “Send to central folder”: the device key needs its passphrase.</source>
        <translation>Folder pusat: {count} menunggu. Kirim dengan “Kirim ke folder pusat”: kunci perangkat perlu kata sandinya.</translation>
    </message>
    <message>
        <source>Central folder: {count} waiting. Send them once with “Send to central folder” to set up this PC&apos;s key.</source>
        <translation>Folder pusat: {count} menunggu. Kirim sekali dengan “Kirim ke folder pusat” untuk menyiapkan kunci PC ini.</translation>
    </message>
    <message>
        <source>Central folder: {count} waiting, next try at {time}.</source>
        <translation>Folder pusat: {count} menunggu, dicoba lagi pukul {time}.</translation>
    </message>
    <message>
        <source>Central folder: {count} need attention.</source>
        <translation>Folder pusat: {count} perlu perhatian.</translation>
    </message>
    <message>
        <source>Central folder: everything sent.</source>
        <translation>Folder pusat: semua terkirim.</translation>
    </message>
    <message>
        <source>{sent} approved posts sent to the central folder.</source>
        <translation>{sent} posting yang disetujui terkirim ke folder pusat.</translation>
    </message>
    <message>
        <source>{sent} sent, {waiting} waiting, {failed} need attention.</source>
        <translation>{sent} terkirim, {waiting} menunggu, {failed} perlu perhatian.</translation>
    </message>
    <message>
        <source>Not everything was sent</source>
        <translation>Belum semua terkirim</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>Export infographic template</source>
        <translation>Ekspor template infografis</translation>
    </message>
    <message>
        <source>Medsos Desktop templates</source>
        <translation>Template Medsos Desktop</translation>
    </message>
    <message>
        <source>Template saved to {path}.</source>
        <translation>Template disimpan ke {path}.</translation>
    </message>
    <message>
        <source>Import infographic template</source>
        <translation>Impor template infografis</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Hapus template</translation>
    </message>
    <message>
        <source>Delete this own template? Posts keep the images already exported.</source>
        <translation>Hapus template buatan sendiri ini? Posting tetap menyimpan gambar yang sudah diekspor.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Big number</source>
        <translation>Angka besar</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Kode QR</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Tanda air</translation>
    </message>
    <message>
        <source>agency name</source>
        <translation>nama instansi</translation>
    </message>
    <message>
        <source>local government name</source>
        <translation>nama pemerintah daerah</translation>
    </message>
    <message>
        <source>footer text</source>
        <translation>teks kaki</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>instansi</translation>
    </message>
    <message>
        <source>local government</source>
        <translation>pemerintah daerah</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Edit infographic template</source>
        <translation>Ubah template infografis</translation>
    </message>
    <message>
        <source>Default texts</source>
        <translation>Teks bawaan</translation>
    </message>
    <message>
        <source>Parts and colours</source>
        <translation>Bagian dan warna</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Slide {number}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan template</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <source>Infographic templates</source>
        <translation>Template infografis</translation>
    </message>
    <message>
        <source>Shown in your agency&apos;s colours, fonts and logos. Double-click a template to use it.</source>
        <translation>Ditampilkan dengan warna, font, dan logo instansi Anda. Klik dua kali sebuah template untuk memakainya.</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>Pakai template ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Caption templates</source>
        <translation>Template caption</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Write placeholders in curly braces, e.g. {kegiatan}, {tanggal}, {lokasi}. Use {{ and }} for a literal brace.</source>
        <translation>Tulis isian di dalam kurung kurawal, misalnya {kegiatan}, {tanggal}, {lokasi}. Pakai {{ dan }} untuk menampilkan kurung kurawal biasa.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan template</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Built-in template: duplicate it to make your own version.</source>
        <translation>Template bawaan: duplikat template ini untuk membuat versi Anda sendiri.</translation>
    </message>
    <message>
        <source>No problems in this template.</source>
        <translation>Tidak ada masalah pada template ini.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Template baru</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Hapus template</translation>
    </message>
    <message>
        <source>Delete the caption template “{name}”? Posts written from it keep their text.</source>
        <translation>Hapus template caption “{name}”? Posting yang ditulis dari template ini tetap menyimpan teksnya.</translation>
    </message>
</context>
<context>
    <name>TemplatePackage</name>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty; it is not a template package.</source>
        <translation>{name} kosong; berkas ini bukan paket template.</translation>
    </message>
    <message>
        <source>{name} is {size_kb} KB; template packages up to {limit_kb} KB can be imported.</source>
        <translation>{name} berukuran {size_kb} KB; paket template yang dapat diimpor paling besar {limit_kb} KB.</translation>
    </message>
    <message>
        <source>{name} is not a template package exported from Medsos Desktop, or it is damaged (it may not have finished copying). Export the template again and retry.</source>
        <translation>{name} bukan paket template hasil ekspor Medsos Desktop, atau berkasnya rusak (mungkin belum selesai disalin). Ekspor ulang templatenya lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} is damaged: {member} inside it cannot be read. Export the template again and retry.</source>
        <translation>{name} rusak: {member} di dalamnya tidak dapat dibaca. Ekspor ulang templatenya lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} holds {count} files; a template package holds at most {max}.</source>
        <translation>{name} berisi {count} berkas; paket template berisi paling banyak {max}.</translation>
    </message>
    <message>
        <source>{name}: {member} is larger than {limit_kb} KB unpacked, which no template needs.</source>
        <translation>{name}: {member} lebih dari {limit_kb} KB setelah dibuka, padahal tidak ada template yang memerlukannya.</translation>
    </message>
    <message>
        <source>{name} unpacks to {size_kb} KB; a template package may unpack to at most {limit_kb} KB.</source>
        <translation>{name} menjadi {size_kb} KB setelah dibuka; paket template paling besar {limit_kb} KB setelah dibuka.</translation>
    </message>
    <message>
        <source>{name} contains a file named {member}, which could point outside its folder (absolute paths, .., backslashes, drive letters and control characters are refused).</source>
        <translation>{name} berisi berkas bernama {member} yang dapat menunjuk ke luar foldernya (path absolut, .., garis miring terbalik, huruf drive, dan karakter kontrol ditolak).</translation>
    </message>
    <message>
        <source>{name} contains {member}, a link or special file; template packages hold only ordinary files.</source>
        <translation>{name} berisi {member}, sebuah tautan atau berkas khusus; paket template hanya berisi berkas biasa.</translation>
    </message>
    <message>
        <source>{name} contains two files named {member}, so it was refused.</source>
        <translation>{name} berisi dua berkas bernama {member}, sehingga ditolak.</translation>
    </message>
    <message>
        <source>{name}: {member} is password-protected; template packages are never encrypted.</source>
        <translation>{name}: {member} dilindungi kata sandi; paket template tidak pernah dienkripsi.</translation>
    </message>
    <message>
        <source>{name}: {member} is compressed with a method Medsos Desktop does not read. Make the zip again with ordinary compression.</source>
        <translation>{name}: {member} dikompresi dengan metode yang tidak dibaca Medsos Desktop. Buat ulang zip dengan kompresi biasa.</translation>
    </message>
    <message>
        <source>{name} is not a Medsos Desktop template package: {member} is missing from its top level.</source>
        <translation>{name} bukan paket template Medsos Desktop: {member} tidak ada di tingkat teratasnya.</translation>
    </message>
    <message>
        <source>{name}: {member} is damaged (it must be a JSON object with format and version).</source>
        <translation>{name}: {member} rusak (harus berupa objek JSON dengan format dan versi).</translation>
    </message>
    <message>
        <source>{name} is not a Medsos Desktop template package: its {member} describes a {format} file.</source>
        <translation>{name} bukan paket template Medsos Desktop: {member} di dalamnya menyebut berkas {format}.</translation>
    </message>
    <message>
        <source>{name} was made by a newer Medsos Desktop (package version {found}; this version reads up to {supported}). Update the app to import it.</source>
        <translation>{name} dibuat oleh Medsos Desktop versi lebih baru (versi paket {found}; versi ini membaca sampai {supported}). Perbarui aplikasi untuk mengimpornya.</translation>
    </message>
    <message>
        <source>{name}: the template inside is not valid: {reason}</source>
        <translation>{name}: template di dalamnya tidak valid: {reason}</translation>
    </message>
    <message>
        <source>The template {name} cannot be exported: {reason}</source>
        <translation>Template {name} tidak dapat diekspor: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Start from a caption template</source>
        <translation>Mulai dari template caption</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Fill in the blanks:</source>
        <translation>Isi bagian yang kosong:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Hasil:</translation>
    </message>
    <message>
        <source>Use this caption</source>
        <translation>Pakai caption ini</translation>
    </message>
</context>
<context>
    <name>TemplateSpec</name>
    <message>
        <source>{path}: must be an object</source>
        <translation>{path}: harus berupa objek</translation>
    </message>
    <message>
        <source>{path}: must be a list</source>
        <translation>{path}: harus berupa daftar</translation>
    </message>
    <message>
        <source>{path}: must be a number between {min} and {max}</source>
        <translation>{path}: harus berupa angka antara {min} dan {max}</translation>
    </message>
    <message>
        <source>{path}: must be a whole number between {min} and {max}</source>
        <translation>{path}: harus berupa bilangan bulat antara {min} dan {max}</translation>
    </message>
    <message>
        <source>{path}: must be true or false</source>
        <translation>{path}: harus true atau false</translation>
    </message>
    <message>
        <source>{path}: must be text of at most {max} characters</source>
        <translation>{path}: harus berupa teks paling banyak {max} karakter</translation>
    </message>
    <message>
        <source>{path}: must not be empty</source>
        <translation>{path}: tidak boleh kosong</translation>
    </message>
    <message>
        <source>{path}: {value} is not allowed; use {expected}</source>
        <translation>{path}: {value} tidak diperbolehkan; gunakan {expected}</translation>
    </message>
    <message>
        <source>{path}: must be one of {choices}</source>
        <translation>{path}: harus salah satu dari {choices}</translation>
    </message>
    <message>
        <source>{path}: must be a colour as #RRGGBB, a palette role ({roles}) or on:&lt;role&gt;</source>
        <translation>{path}: harus berupa warna #RRGGBB, peran palet ({roles}) atau on:&lt;peran&gt;</translation>
    </message>
    <message>
        <source>{path}: unknown key</source>
        <translation>{path}: kunci tidak dikenal</translation>
    </message>
    <message>
        <source>{path}: required key is missing</source>
        <translation>{path}: kunci wajib tidak ada</translation>
    </message>
    <message>
        <source>{path}: unknown element type {value}; use one of {choices}</source>
        <translation>{path}: jenis elemen {value} tidak dikenal; gunakan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>{path}: at most {max} items are allowed</source>
        <translation>{path}: paling banyak {max} butir</translation>
    </message>
    <message>
        <source>{path}: needs at least {min} item(s)</source>
        <translation>{path}: perlu paling sedikit {min} butir</translation>
    </message>
    <message>
        <source>{path}: this template needs a newer Medsos Desktop (spec version {found}; this version reads up to {supported})</source>
        <translation>{path}: templat ini memerlukan Medsos Desktop yang lebih baru (versi spesifikasi {found}; versi ini membaca sampai {supported})</translation>
    </message>
    <message>
        <source>template: not valid JSON (line {line}, column {column}): {reason}</source>
        <translation>templat: bukan JSON yang sah (baris {line}, kolom {column}): {reason}</translation>
    </message>
    <message>
        <source>template: the file is {size_kb} KB; templates up to {limit_kb} KB are accepted</source>
        <translation>templat: berkas berukuran {size_kb} KB; templat yang diterima paling besar {limit_kb} KB</translation>
    </message>
    <message>
        <source>template: nested more than {max} levels deep, which no template needs</source>
        <translation>templat: bersarang lebih dari {max} tingkat, yang tidak diperlukan templat mana pun</translation>
    </message>
    <message>
        <source>template: {value} is not a number a template may use</source>
        <translation>templat: {value} bukan angka yang boleh dipakai templat</translation>
    </message>
    <message>
        <source>template: the file is not UTF-8 text</source>
        <translation>templat: berkas bukan teks UTF-8</translation>
    </message>
    <message>
        <source>{path}: no field named {value} is declared in fields</source>
        <translation>{path}: tidak ada isian bernama {value} di fields</translation>
    </message>
    <message>
        <source>{path}: field {value} is a {kind} field; this element needs one of {kinds}</source>
        <translation>{path}: isian {value} berjenis {kind}; elemen ini memerlukan salah satu dari {kinds}</translation>
    </message>
    <message>
        <source>{path}: the name {value} is used twice</source>
        <translation>{path}: nama {value} dipakai dua kali</translation>
    </message>
    <message>
        <source>{path}: the box must lie inside the canvas (x + w and y + h at most 1)</source>
        <translation>{path}: kotak harus berada di dalam kanvas (x + w dan y + h paling besar 1)</translation>
    </message>
    <message>
        <source>{path}: must not be larger than {other}</source>
        <translation>{path}: tidak boleh lebih besar dari {other}</translation>
    </message>
    <message>
        <source>{path}: set either {first} or {second}, not both</source>
        <translation>{path}: isi {first} atau {second}, jangan keduanya</translation>
    </message>
    <message>
        <source>{path}: no element with id {value} comes before this one on the slide</source>
        <translation>{path}: tidak ada elemen ber-id {value} sebelum elemen ini di slide</translation>
    </message>
    <message>
        <source>{path}: set {first} or {second}</source>
        <translation>{path}: isi {first} atau {second}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>The template has {count} error(s) listed below; fix them before saving.</source>
        <translation>Template ini memiliki {count} kesalahan (lihat di bawah); perbaiki sebelum menyimpan.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be changed; duplicate it and edit the copy.</source>
        <translation>Template bawaan tidak dapat diubah; duplikat template ini, lalu ubah salinannya.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (salinan)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <source>Deleted posts stay here for {days} days. Restore one to put it back in the list as it was, with its history; after {days} days it is deleted for good.</source>
        <translation>Posting yang dihapus disimpan di sini selama {days} hari. Pulihkan posting untuk mengembalikannya ke daftar seperti semula, beserta riwayatnya; setelah {days} hari posting dihapus permanen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Dihapus pada</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Sampah kosong.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Hapus permanen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Hapus permanen</translation>
    </message>
    <message>
        <source>Delete “{title}” for good? It cannot be restored afterwards.</source>
        <translation>Hapus “{title}” secara permanen? Posting tidak dapat dipulihkan lagi setelahnya.</translation>
    </message>
    <message>
        <source>The trash could not be changed: {error}</source>
        <translation>Sampah tidak dapat diubah: {error}</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Medsos Desktop</source>
        <translation>Medsos Desktop</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir or check the permissions.</source>
        <translation>Folder data {path} tidak dapat dibuat ({reason}). Pilih folder lain dengan --data-dir atau periksa izin aksesnya.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only. Medsos Desktop needs to save your drafts there; choose a folder you can write to.</source>
        <translation>Folder data {path} hanya bisa dibaca (read-only). Medsos Desktop perlu menyimpan draf Anda di sana; pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space, then open Medsos Desktop again; nothing stored has been changed.</source>
        <translation>Disk tempat {path} berada sudah penuh. Kosongkan sebagian ruang disk, lalu buka Medsos Desktop lagi; tidak ada data tersimpan yang diubah.</translation>
    </message>
    <message>
        <source>The data folder {path} is on a network share. The local database must stay on this computer&apos;s own disk (the central shared folder is set separately); choose a local folder.</source>
        <translation>Folder data {path} berada di folder jaringan (network share). Basis data lokal harus berada di disk komputer ini sendiri (folder bersama pusat diatur terpisah); pilih folder lokal.</translation>
    </message>
    <message>
        <source>Medsos Desktop is already open with the data folder {path}. Switch to that window; two copies on one folder could overwrite each other&apos;s work.</source>
        <translation>Medsos Desktop sudah terbuka dengan folder data {path}. Beralihlah ke jendela tersebut; dua jendela aplikasi yang memakai folder yang sama bisa saling menimpa pekerjaan.</translation>
    </message>
    <message>
        <source>There is no Medsos Desktop data in {path} yet. Check the folder given with --data-dir, or open Medsos Desktop once to start working there.</source>
        <translation>Belum ada data Medsos Desktop di {path}. Periksa folder yang diberikan dengan --data-dir, atau buka Medsos Desktop sekali untuk mulai bekerja di sana.</translation>
    </message>
    <message>
        <source>The data in {path} was saved by an older version of Medsos Desktop and is upgraded the next time the app opens it. Open Medsos Desktop once, then try again.</source>
        <translation>Data di {path} disimpan oleh versi Medsos Desktop yang lebih lama dan akan diperbarui saat aplikasi membukanya lagi. Buka Medsos Desktop sekali, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>_ImageCard</name>
    <message>
        <source>Image {index}</source>
        <translation>Gambar {index}</translation>
    </message>
    <message>
        <source>{index}. {alt}</source>
        <translation>{index}. {alt}</translation>
    </message>
    <message>
        <source>{index}. No alt text</source>
        <translation>{index}. Tanpa teks alternatif</translation>
    </message>
</context>
<context>
    <name>_Legend</name>
    <message>
        <source>Too many posts (more than {count} a day)</source>
        <translation>Terlalu banyak posting (lebih dari {count} sehari)</translation>
    </message>
    <message>
        <source>Weekday without a post</source>
        <translation>Hari kerja tanpa posting</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Holiday, joint leave</source>
        <translation>Libur, cuti bersama</translation>
    </message>
    <message>
        <source>Commemoration</source>
        <translation>Hari peringatan</translation>
    </message>
    <message>
        <source>Weekly theme</source>
        <translation>Tema mingguan</translation>
    </message>
</context>
</TS>
