<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Labinov</source>
        <translation>Tentang Labinov</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Labinov {version}&lt;/h2&gt;&lt;p&gt;Laboratorium Inovasi: the 5D method — Drum up, Diagnose, Design, Delivery, Display — for regional government innovation teams.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Labinov {version}&lt;/h2&gt;&lt;p&gt;Laboratorium Inovasi: metode 5D — Drum up, Diagnose, Design, Delivery, Display — untuk tim inovasi pemerintah daerah.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data folder: {data}
Log folder: {logs}</source>
        <translation>Folder data: {data}
Folder log: {logs}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Workshop agenda</source>
        <translation>Agenda lokakarya</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Tambah sesi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Mulai pengatur waktu</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Ubah sesi</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Hapus sesi</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Pindahkan sesi</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Labinov is already open on this data folder; it was brought to the front.</source>
        <translation>Labinov sudah terbuka dengan folder data ini; jendelanya ditampilkan di depan.</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <source>Frame</source>
        <translation>Bingkai</translation>
    </message>
    <message>
        <source>Add frame</source>
        <translation>Tambah bingkai</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Tambah teks</translation>
    </message>
    <message>
        <source>Locked: unlock it first (Arrange ▸ Lock or unlock, Ctrl+Shift+L).</source>
        <translation>Terkunci: buka kuncinya dulu (Atur ▸ Kunci atau buka kunci, Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Ganti warna</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Geser sedikit</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Bawa ke depan</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Kirim ke belakang</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ratakan</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Potong</translation>
    </message>
    <message>
        <source>Available in a moment: Labinov is still loading</source>
        <translation>Sebentar lagi: Labinov masih memuat</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
</context>
<context>
    <name>BoardTools</name>
    <message>
        <source>Add a picture</source>
        <translation>Tambah gambar</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>Ekspor kanvas</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Find in notes (Ctrl+F)</source>
        <translation>Cari di catatan (Ctrl+F)</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} ditemukan</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Only the month</source>
        <translation>Bulannya saja</translation>
    </message>
    <message>
        <source>Keep only the month shown, without a day</source>
        <translation>Simpan bulan yang tampil saja, tanpa tanggal</translation>
    </message>
</context>
<context>
    <name>CanvasActions</name>
    <message>
        <source>New canvas from template…</source>
        <translation>Kanvas baru dari templat…</translation>
    </message>
    <message>
        <source>Make a canvas of this stage from a template</source>
        <translation>Buat kanvas tahap ini dari templat</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Give this canvas another title</source>
        <translation>Beri kanvas ini judul lain</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Geser ke kiri</translation>
    </message>
    <message>
        <source>Move this canvas&apos;s tab one place left</source>
        <translation>Geser tab kanvas ini satu tempat ke kiri</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Geser ke kanan</translation>
    </message>
    <message>
        <source>Move this canvas&apos;s tab one place right</source>
        <translation>Geser tab kanvas ini satu tempat ke kanan</translation>
    </message>
    <message>
        <source>Delete canvas</source>
        <translation>Hapus kanvas</translation>
    </message>
    <message>
        <source>Delete this canvas (Undo brings it back)</source>
        <translation>Hapus kanvas ini (Urungkan mengembalikannya)</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Ekspor sebagai PNG…</translation>
    </message>
    <message>
        <source>Save the whole canvas as a picture</source>
        <translation>Simpan seluruh kanvas sebagai gambar</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Ekspor sebagai SVG…</translation>
    </message>
    <message>
        <source>Save the whole canvas as a drawing that scales</source>
        <translation>Simpan seluruh kanvas sebagai gambar vektor yang tetap tajam bila diperbesar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add a note in the middle of the view and type</source>
        <translation>Tambahkan catatan di tengah tampilan lalu ketik</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bingkai</translation>
    </message>
    <message>
        <source>Add a frame that groups the notes inside it</source>
        <translation>Tambahkan bingkai yang mengelompokkan catatan di dalamnya</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Add a heading without a note behind it</source>
        <translation>Tambahkan judul tanpa kertas catatan di belakangnya</translation>
    </message>
    <message>
        <source>Picture from file…</source>
        <translation>Gambar dari berkas…</translation>
    </message>
    <message>
        <source>Put a photo or picture on the canvas</source>
        <translation>Letakkan foto atau gambar di kanvas</translation>
    </message>
    <message>
        <source>Paste (picture or notes)</source>
        <translation>Tempel (gambar atau catatan)</translation>
    </message>
    <message>
        <source>Paste copied notes, a picture or lines of text as notes</source>
        <translation>Tempel catatan yang disalin, gambar, atau baris teks sebagai catatan</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Rata kiri</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Rata atas</translation>
    </message>
    <message>
        <source>Centre horizontally</source>
        <translation>Tengahkan mendatar</translation>
    </message>
    <message>
        <source>Centre vertically</source>
        <translation>Tengahkan tegak</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Sebar rata mendatar</translation>
    </message>
    <message>
        <source>Equal gaps between three or more selected notes</source>
        <translation>Jarak sama di antara tiga catatan terpilih atau lebih</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Sebar rata tegak</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Bawa ke depan</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Kirim ke belakang</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>Kunci atau buka kunci</translation>
    </message>
    <message>
        <source>A locked note cannot be moved, resized or deleted</source>
        <translation>Catatan terkunci tidak dapat dipindah, diubah ukurannya, atau dihapus</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <source>Copy the selected notes beside them</source>
        <translation>Salin catatan terpilih ke sebelahnya</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranye</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Merah muda</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Abu-abu</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Putih</translation>
    </message>
    <message>
        <source>Start a voting round…</source>
        <translation>Mulai putaran voting…</translation>
    </message>
    <message>
        <source>Each participant gives dots to the notes they choose</source>
        <translation>Setiap peserta memberi titik suara pada catatan pilihannya</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>The notes by their votes, as a chart</source>
        <translation>Catatan menurut jumlah suaranya, sebagai diagram</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Atur ulang suara</translation>
    </message>
    <message>
        <source>Remove every vote on this canvas (Undo brings them back)</source>
        <translation>Hapus semua suara di kanvas ini (Urungkan mengembalikannya)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Show the whole canvas</source>
        <translation>Tampilkan seluruh kanvas</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Notes at their real size</source>
        <translation>Catatan dalam ukuran sebenarnya</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentasi</translation>
    </message>
    <message>
        <source>Show this canvas full screen, with a pointer for the room</source>
        <translation>Tampilkan kanvas ini layar penuh, dengan penunjuk untuk ruangan</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Edit text</source>
        <translation>Ubah teks</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Tempel</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>Tambah gambar</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>gambar tempelan</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Add %n notes</source>
        <translation>Tambah %n catatan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Connect notes</source>
        <translation>Hubungkan catatan</translation>
    </message>
    <message>
        <source>Edit connector label</source>
        <translation>Ubah label penghubung</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Atur ulang suara</translation>
    </message>
</context>
<context>
    <name>CanvasInteractions</name>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Ubah ukuran</translation>
    </message>
</context>
<context>
    <name>CanvasPanel</name>
    <message>
        <source>Canvases</source>
        <translation>Kanvas</translation>
    </message>
    <message>
        <source>Delete canvas</source>
        <translation>Hapus kanvas</translation>
    </message>
    <message>
        <source>New canvas</source>
        <translation>Kanvas baru</translation>
    </message>
    <message>
        <source>Rename canvas</source>
        <translation>Ganti nama kanvas</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Reorder canvases</source>
        <translation>Ubah urutan kanvas</translation>
    </message>
    <message>
        <source>Available in a moment: Labinov is still loading</source>
        <translation>Sebentar lagi: Labinov masih memuat</translation>
    </message>
</context>
<context>
    <name>CanvasPickDialog</name>
    <message>
        <source>Take from canvas</source>
        <translation>Ambil dari kanvas</translation>
    </message>
    <message>
        <source>{text}  ({votes} votes)</source>
        <translation>{text}  ({votes} suara)</translation>
    </message>
    <message>
        <source>Tick the notes to add.</source>
        <translation>Centang catatan yang ingin ditambahkan.</translation>
    </message>
    <message>
        <source>No new notes on this project&apos;s canvases yet.</source>
        <translation>Belum ada catatan baru di kanvas proyek ini.</translation>
    </message>
</context>
<context>
    <name>CanvasToolbar</name>
    <message>
        <source>&amp;Canvas</source>
        <translation>&amp;Kanvas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>A&amp;rrange</source>
        <translation>Ata&amp;ur</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Warna</translation>
    </message>
    <message>
        <source>&amp;Voting</source>
        <translation>&amp;Voting</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Perbesaran</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sample workshop created: {name} ({id})</source>
        <translation>Lokakarya contoh dibuat: {name} ({id})</translation>
    </message>
    <message>
        <source>The sample workshop already exists: {name} ({id})</source>
        <translation>Lokakarya contoh sudah ada: {name} ({id})</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details: {log}</source>
        <translation>Terjadi galat tak terduga: {error}. Rincian: {log}</translation>
    </message>
    <message>
        <source>Laboratorium Inovasi 5D (Labinov)</source>
        <translation>Laboratorium Inovasi 5D (Labinov)</translation>
    </message>
    <message>
        <source>data folder (default: LABINOV_DATA_DIR or user data)</source>
        <translation>folder data (bawaan: LABINOV_DATA_DIR atau folder data pengguna)</translation>
    </message>
    <message>
        <source>a PostgreSQL server, postgresql+psycopg://user@host/db (default: LABINOV_DATABASE_URL, else the data folder&apos;s SQLite file); password from ~/.pgpass</source>
        <translation>server PostgreSQL, postgresql+psycopg://pengguna@host/basisdata (bawaan: LABINOV_DATABASE_URL, kalau tidak ada berkas SQLite folder data); kata sandi dari ~/.pgpass</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>bahasa pesan</translation>
    </message>
    <message>
        <source>data folder for the GUI</source>
        <translation>folder data untuk jendela aplikasi</translation>
    </message>
    <message>
        <source>a PostgreSQL server for the GUI (see list -h)</source>
        <translation>server PostgreSQL untuk jendela aplikasi (lihat list -h)</translation>
    </message>
    <message>
        <source>UI language</source>
        <translation>bahasa antarmuka</translation>
    </message>
    <message>
        <source>open the main window offscreen on a temp folder, create the sample, exit</source>
        <translation>buka jendela utama tanpa layar pada folder sementara, buat contoh, lalu keluar</translation>
    </message>
    <message>
        <source>Linux: add Labinov to this user&apos;s applications menu and open .labinov files</source>
        <translation>Linux: tambahkan Labinov ke menu aplikasi pengguna ini dan buka berkas .labinov</translation>
    </message>
    <message>
        <source>Linux: undo --install-desktop</source>
        <translation>Linux: batalkan --install-desktop</translation>
    </message>
    <message>
        <source>workshops and projects</source>
        <translation>lokakarya dan proyek</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>keluaran untuk mesin (JSON)</translation>
    </message>
    <message>
        <source>only this workshop</source>
        <translation>hanya lokakarya ini</translation>
    </message>
    <message>
        <source>create the sample workshop</source>
        <translation>buat lokakarya contoh</translation>
    </message>
    <message>
        <source>export PDFs, bundles, tables</source>
        <translation>ekspor PDF, bundel, tabel</translation>
    </message>
    <message>
        <source>Labinov is installed in the applications menu:</source>
        <translation>Labinov dipasang di menu aplikasi:</translation>
    </message>
    <message>
        <source>Labinov is removed from the applications menu:</source>
        <translation>Labinov dihapus dari menu aplikasi:</translation>
    </message>
    <message>
        <source>Desktop integration failed: {error}</source>
        <translation>Pemasangan ke desktop gagal: {error}</translation>
    </message>
    <message>
        <source>This option is for Linux only.</source>
        <translation>Opsi ini hanya untuk Linux.</translation>
    </message>
    <message>
        <source>{count} PDF files written to {folder}</source>
        <translation>{count} berkas PDF ditulis ke {folder}</translation>
    </message>
    <message>
        <source>PDF written: {path}</source>
        <translation>PDF ditulis: {path}</translation>
    </message>
    <message>
        <source>proposal PDF of a project, or of every project of a workshop</source>
        <translation>PDF proposal satu proyek, atau semua proyek satu lokakarya</translation>
    </message>
    <message>
        <source>the project to export</source>
        <translation>proyek yang diekspor</translation>
    </message>
    <message>
        <source>export every project of it</source>
        <translation>ekspor semua proyeknya</translation>
    </message>
    <message>
        <source>PDF file (or folder with --workshop)</source>
        <translation>berkas PDF (atau folder dengan --workshop)</translation>
    </message>
    <message>
        <source>print progress on stderr</source>
        <translation>tampilkan kemajuan di stderr</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {path}</source>
        <translation>{rows} baris diekspor ke {path}</translation>
    </message>
    <message>
        <source>Projects: {new} new, {newer} newer, {older} older, {unchanged} same, {conflict} conflicts</source>
        <translation>Proyek: {new} baru, {newer} lebih baru, {older} lebih lama, {unchanged} sama, {conflict} konflik</translation>
    </message>
    <message>
        <source>Rows: {new} new, {newer} newer, {older} older, {unchanged} same, {conflict} conflicts</source>
        <translation>Baris: {new} baru, {newer} lebih baru, {older} lebih lama, {unchanged} sama, {conflict} konflik</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Uji coba: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{count} numbers from an older Labinov may have been misread (“1.200” as 1,2): they are marked “check this number” in the readiness view.</source>
        <translation>{count} angka dari Labinov versi lama mungkin salah terbaca (“1.200” menjadi 1,2): angka itu ditandai “periksa angka ini” di tampilan kesiapan.</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {path}</source>
        <translation>{count} baris ditulis ke {path}</translation>
    </message>
    <message>
        <source>Wrote the directory of {count} innovations to {path}</source>
        <translation>Direktori {count} inovasi ditulis ke {path}</translation>
    </message>
    <message>
        <source>Imported: {inserted} rows added, {updated} updated, {deleted} deleted, {conflicts} conflicts recorded.</source>
        <translation>Diimpor: {inserted} baris ditambahkan, {updated} diperbarui, {deleted} dihapus, {conflicts} konflik dicatat.</translation>
    </message>
    <message>
        <source>Deletions: {deleted} deleted here, {gone} stay deleted, {kept} deleted on one side and edited on the other (kept)</source>
        <translation>Penghapusan: {deleted} dihapus di sini, {gone} tetap terhapus, {kept} dihapus di satu sisi dan diubah di sisi lain (dipertahankan)</translation>
    </message>
    <message>
        <source>Changed on both sides: {what} — ours stays, theirs is kept beside it.</source>
        <translation>Diubah di kedua sisi: {what} — versi di sini tetap, versi mereka disimpan di sampingnya.</translation>
    </message>
    <message>
        <source>Changed on both sides: {what} — ours stays, theirs is kept as a version to open.</source>
        <translation>Diubah di kedua sisi: {what} — versi di sini tetap, versi mereka disimpan sebagai versi bertentangan untuk dibuka.</translation>
    </message>
    <message>
        <source>Deleted there, unchanged here: {what} — deleted.</source>
        <translation>Dihapus di sana, tidak diubah di sini: {what} — dihapus.</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other: {what} — kept.</source>
        <translation>Dihapus di satu sisi, diubah di sisi lain: {what} — dipertahankan.</translation>
    </message>
    <message>
        <source>Deleted here: {what} — stays deleted.</source>
        <translation>Dihapus di sini: {what} — tetap terhapus.</translation>
    </message>
    <message>
        <source>{table} &quot;{item}&quot; of &quot;{project}&quot;</source>
        <translation>{table} &quot;{item}&quot; pada &quot;{project}&quot;</translation>
    </message>
    <message>
        <source>{table} &quot;{item}&quot;</source>
        <translation>{table} &quot;{item}&quot;</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Cadangan disimpan di {path}</translation>
    </message>
    <message>
        <source>Replace ALL data with the backup {path}? [y/N] </source>
        <translation>Ganti SELURUH data dengan cadangan {path}? [y/N] </translation>
    </message>
    <message>
        <source>Restored. The data as it was is kept in {path}</source>
        <translation>Cadangan dipulihkan. Data sebelumnya disimpan di {path}</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Pemulihan dibatalkan.</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>lokakarya</translation>
    </message>
    <message>
        <source>team</source>
        <translation>tim</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <source>agenda session</source>
        <translation>sesi agenda</translation>
    </message>
    <message>
        <source>parking lot item</source>
        <translation>catatan parkir gagasan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>lebih baru</translation>
    </message>
    <message>
        <source>older</source>
        <translation>lebih lama</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>dipertahankan</translation>
    </message>
    <message>
        <source>stays deleted</source>
        <translation>tetap terhapus</translation>
    </message>
    <message>
        <source>a .labinov bundle for another laptop</source>
        <translation>bundel .labinov untuk laptop lain</translation>
    </message>
    <message>
        <source>one project</source>
        <translation>satu proyek</translation>
    </message>
    <message>
        <source>all projects of a team</source>
        <translation>semua proyek satu tim</translation>
    </message>
    <message>
        <source>a whole workshop</source>
        <translation>seluruh lokakarya</translation>
    </message>
    <message>
        <source>consolidation table (.csv/.xlsx)</source>
        <translation>tabel rekapitulasi (.csv/.xlsx)</translation>
    </message>
    <message>
        <source>Direktori Inovasi PDF</source>
        <translation>PDF Direktori Inovasi</translation>
    </message>
    <message>
        <source>import a .labinov bundle</source>
        <translation>impor bundel .labinov</translation>
    </message>
    <message>
        <source>only show what would change</source>
        <translation>hanya tampilkan apa yang akan berubah</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>cadangkan basis data</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>pulihkan cadangan</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>jangan minta konfirmasi</translation>
    </message>
    <message>
        <source>{competition}: eligible</source>
        <translation>{competition}: memenuhi syarat</translation>
    </message>
    <message>
        <source>{competition}: not eligible</source>
        <translation>{competition}: tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>may a project enter its competition (exit 0 yes, 3 no, 1 error)</source>
        <translation>apakah proyek memenuhi syarat kompetisinya (keluar 0 ya, 3 tidak, 1 galat)</translation>
    </message>
    <message>
        <source>the project to check</source>
        <translation>proyek yang diperiksa</translation>
    </message>
    <message>
        <source>another outline than the profile&apos;s, e.g. kipp-2025 or kipp-2021:replikasi</source>
        <translation>kerangka lain selain pilihan profil, mis. kipp-2025 atau kipp-2021:replikasi</translation>
    </message>
    <message>
        <source>The server {url} is up to date ({revision}).</source>
        <translation>Server {url} sudah mutakhir ({revision}).</translation>
    </message>
    <message>
        <source>The server {url} was upgraded from {before} to {revision}.</source>
        <translation>Server {url} sudah dinaikkan dari {before} ke {revision}.</translation>
    </message>
    <message>
        <source>The server {url} is ready for this Labinov.</source>
        <translation>Server {url} siap dipakai Labinov ini.</translation>
    </message>
    <message>
        <source>a regional PostgreSQL server</source>
        <translation>server PostgreSQL daerah</translation>
    </message>
    <message>
        <source>bring the server&apos;s schema up to this Labinov&apos;s</source>
        <translation>naikkan skema server ke skema Labinov ini</translation>
    </message>
    <message>
        <source>check the server&apos;s schema</source>
        <translation>periksa skema server</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyek</translation>
    </message>
    <message>
        <source>stage work</source>
        <translation>kerja tahap</translation>
    </message>
    <message>
        <source>canvas</source>
        <translation>kanvas</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>link</source>
        <translation>penghubung</translation>
    </message>
    <message>
        <source>parking-lot item</source>
        <translation>butir parkiran</translation>
    </message>
    <message>
        <source>conflict record</source>
        <translation>catatan versi bertentangan</translation>
    </message>
    <message>
        <source>Deleted here (deleted on the server): {row}</source>
        <translation>Dihapus di sini (dihapus di server): {row}</translation>
    </message>
    <message>
        <source>Deleted on the server (deleted here): {row}</source>
        <translation>Dihapus di server (dihapus di sini): {row}</translation>
    </message>
    <message>
        <source>Kept (deleted on one side, edited on the other): {row}</source>
        <translation>Dipertahankan (dihapus di satu sisi, diubah di sisi lain): {row}</translation>
    </message>
    <message>
        <source>Changed on both sides, both versions kept: {row}</source>
        <translation>Diubah di kedua sisi, kedua versi disimpan: {row}</translation>
    </message>
    <message>
        <source>{kind} “{item}” in “{project}”</source>
        <translation>{kind} “{item}” di “{project}”</translation>
    </message>
    <message>
        <source>{kind} “{item}”</source>
        <translation>{kind} “{item}”</translation>
    </message>
    <message>
        <source>Sync with {url} (dry run: nothing is changed).</source>
        <translation>Sinkronisasi dengan {url} (uji coba: tidak ada yang diubah).</translation>
    </message>
    <message>
        <source>Synced with {url} in {seconds} s.</source>
        <translation>Sinkron dengan {url} dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Rows from the server: {count}</source>
        <translation>Baris dari server: {count}</translation>
    </message>
    <message>
        <source>Rows to the server: {count}</source>
        <translation>Baris ke server: {count}</translation>
    </message>
    <message>
        <source>  {kind}: {count}</source>
        <translation>  {kind}: {count}</translation>
    </message>
    <message>
        <source>Nothing to sync: this folder and the server are the same.</source>
        <translation>Tidak ada yang perlu disinkronkan: folder ini dan server sudah sama.</translation>
    </message>
    <message>
        <source>Deletions older than two years forgotten: {count}</source>
        <translation>Catatan penghapusan lebih dari dua tahun yang dilupakan: {count}</translation>
    </message>
    <message>
        <source>sync this folder with a regional server</source>
        <translation>sinkronkan folder ini dengan server daerah</translation>
    </message>
    <message>
        <source>the server, postgresql+psycopg://user@host/database</source>
        <translation>server, postgresql+psycopg://pengguna@host/basisdata</translation>
    </message>
    <message>
        <source>forget deletions older than two years that the server has</source>
        <translation>lupakan catatan penghapusan lebih dari dua tahun yang sudah ada di server</translation>
    </message>
</context>
<context>
    <name>ConflictActions</name>
    <message>
        <source>Conflicting &amp;versions…</source>
        <translation>Versi ber&amp;tentangan…</translation>
    </message>
    <message>
        <source>Versions changed on two computers before they synced: compare them and choose</source>
        <translation>Versi yang diubah di dua komputer sebelum disinkronkan: bandingkan lalu pilih</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Lebar</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Stage answers</source>
        <translation>Jawaban tahap</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Kanvas</translation>
    </message>
    <message>
        <source>Picture or file</source>
        <translation>Gambar atau berkas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Penghubung</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Sesi agenda</translation>
    </message>
    <message>
        <source>Parked idea</source>
        <translation>Catatan parkir gagasan</translation>
    </message>
    <message>
        <source>Conflicting versions</source>
        <translation>Versi bertentangan</translation>
    </message>
    <message>
        <source>These were changed on two computers before they synced. The version here stayed; open one to compare it with the other version and choose.</source>
        <translation>Butir-butir ini diubah di dua komputer sebelum disinkronkan. Versi di sini tetap dipakai; buka salah satunya untuk membandingkannya dengan versi lain, lalu pilih.</translation>
    </message>
    <message>
        <source>The version here</source>
        <translation>Versi di sini</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Versi lain</translation>
    </message>
    <message>
        <source>&amp;Use this version</source>
        <translation>&amp;Pakai versi ini</translation>
    </message>
    <message>
        <source>The other version replaces the version here</source>
        <translation>Versi lain menggantikan versi di sini</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Abaikan</translation>
    </message>
    <message>
        <source>Keep the version here; the other one goes</source>
        <translation>Pertahankan versi di sini; versi lain dibuang</translation>
    </message>
    <message>
        <source>No conflicting versions in this innovation.</source>
        <translation>Tidak ada versi bertentangan di inovasi ini.</translation>
    </message>
    <message>
        <source>Only its place on the board or its time differs.</source>
        <translation>Hanya letaknya di papan atau waktunya yang berbeda.</translation>
    </message>
    <message>
        <source>Use the other version of {item}</source>
        <translation>Pakai versi lain dari {item}</translation>
    </message>
    <message>
        <source>Ignore the other version of {item}</source>
        <translation>Abaikan versi lain dari {item}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the regional server</source>
        <translation>Sambungkan ke server daerah</translation>
    </message>
    <message>
        <source>Work on the region&apos;s shared database (PostgreSQL) instead of this laptop&apos;s. Your administrator gives you the address, the user and the password.</source>
        <translation>Bekerja di basis data bersama daerah (PostgreSQL), bukan di data laptop ini. Alamat, nama pengguna, dan kata sandinya diberikan oleh administrator Anda.</translation>
    </message>
    <message>
        <source>e.g. db.balitbangda.example.go.id</source>
        <translation>mis. db.balitbangda.example.go.id</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Ingat kata sandi di gantungan kunci sistem (keyring)</translation>
    </message>
    <message>
        <source>kept in the keyring when remembered</source>
        <translation>disimpan di keyring bila diingat</translation>
    </message>
    <message>
        <source>This computer has no system keyring: type the password each time, or let your administrator put it in libpq&apos;s .pgpass file.</source>
        <translation>Komputer ini tidak punya keyring sistem: ketik kata sandi setiap kali, atau minta administrator menaruhnya di berkas .pgpass milik libpq.</translation>
    </message>
    <message>
        <source>empty: from .pgpass</source>
        <translation>kosong: dari .pgpass</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Sa&amp;mbungkan</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Menyambung ke {server}…</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>Innovation Directory</source>
        <translation>Direktori Inovasi</translation>
    </message>
    <message>
        <source>{count} innovations</source>
        <translation>{count} inovasi</translation>
    </message>
    <message>
        <source>readiness {percent}%</source>
        <translation>kesiapan {percent}%</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Team kind</source>
        <translation>Jenis tim</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Tahap saat ini</translation>
    </message>
    <message>
        <source>Stage status</source>
        <translation>Status tahap</translation>
    </message>
    <message>
        <source>Stages done</source>
        <translation>Tahap selesai</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Kemajuan (%)</translation>
    </message>
    <message>
        <source>Readiness (%)</source>
        <translation>Kesiapan (%)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Team contact</source>
        <translation>Kontak tim</translation>
    </message>
    <message>
        <source>Moderator&apos;s notes</source>
        <translation>Catatan moderator</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Next evaluation follow-up</source>
        <translation>Tindak lanjut evaluasi berikutnya</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikasi</translation>
    </message>
    <message>
        <source>overdue: {date}</source>
        <translation>terlambat: {date}</translation>
    </message>
    <message>
        <source>Supporting data (files)</source>
        <translation>Data dukung (berkas)</translation>
    </message>
    <message>
        <source>IID {number}: {name}</source>
        <translation>IID {number}: {name}</translation>
    </message>
    <message>
        <source>IID score, estimate (%)</source>
        <translation>Skor IID, perkiraan (%)</translation>
    </message>
    <message>
        <source>IID rating, estimate</source>
        <translation>Predikat IID, perkiraan</translation>
    </message>
    <message>
        <source>{rating} (estimate)</source>
        <translation>{rating} (perkiraan)</translation>
    </message>
    <message>
        <source>evidence: {text}</source>
        <translation>bukti: {text}</translation>
    </message>
    <message>
        <source>files: {names}</source>
        <translation>berkas: {names}</translation>
    </message>
    <message>
        <source>Letter: {name}</source>
        <translation>Surat: {name}</translation>
    </message>
</context>
<context>
    <name>CountdownTimer</name>
    <message>
        <source>Timer</source>
        <translation>Pengatur waktu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ulang</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 menit</translation>
    </message>
    <message>
        <source>Time is up!</source>
        <translation>Waktu habis!</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Labinov: unexpected error</source>
        <translation>Labinov: kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong, but your work is saved. You can keep working. Please send the details below to your Labinov support.</source>
        <translation>Terjadi kesalahan, tetapi pekerjaan Anda tetap tersimpan. Anda dapat melanjutkan pekerjaan. Mohon kirimkan rincian di bawah ini kepada pendamping teknis Labinov.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>The report is kept in {path}.</source>
        <translation>Laporannya disimpan di {path}.</translation>
    </message>
    <message>
        <source>Labinov closed unexpectedly the last time. Everything saved before that is still there. Please copy the report below and send it to your Labinov support.</source>
        <translation>Labinov tertutup tiba-tiba terakhir kali. Semua yang tersimpan sebelumnya masih ada. Silakan salin laporan di bawah ini dan kirimkan ke dukungan Labinov Anda.</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Workshop dashboard</source>
        <translation>Dasbor lokakarya</translation>
    </message>
    <message>
        <source>Filter: team, innovation, stage, category…</source>
        <translation>Saring: tim, inovasi, tahap, kategori…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Ekspor &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export Innovation &amp;Directory PDF…</source>
        <translation>Ekspor PDF &amp;Direktori Inovasi…</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Per tahap</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Per jenis</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {day}</source>
        <translation>mis. {day}</translation>
    </message>
    <message>
        <source>e.g. {day} or {month}</source>
        <translation>mis. {day} atau {month}</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Pilih dari kalender (Alt+Bawah)</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>the roll-out date (waktu penerapan) is empty: {years} years of use are asked; write it in the profile</source>
        <translation>waktu penerapan belum diisi: diminta sudah diterapkan {years} tahun; isi di profil</translation>
    </message>
    <message>
        <source>full years in use by {deadline}: {used}, at least {years} asked for {group}; enter a later year or another group</source>
        <translation>tahun penuh diterapkan sampai {deadline}: {used}, {group} meminta paling singkat {years} tahun; ikuti tahun berikutnya atau kelompok lain</translation>
    </message>
    <message>
        <source>full years in use by {deadline}: {used}, at most {years} allowed; this innovation no longer counts as new for this competition</source>
        <translation>tahun penuh diterapkan sampai {deadline}: {used}, paling lama {years} tahun; inovasi ini tidak lagi dihitung baru untuk kompetisi ini</translation>
    </message>
    <message>
        <source>{letter} is not ready; prepare it and tick it in the profile</source>
        <translation>{letter} belum siap; siapkan lalu centang di profil</translation>
    </message>
    <message>
        <source>{problem} (rule not confirmed by a source: check the guide of the year)</source>
        <translation>{problem} (syarat ini belum dipastikan oleh sumber: periksa pedoman tahun tersebut)</translation>
    </message>
</context>
<context>
    <name>EmptyBoard</name>
    <message>
        <source>This stage has no canvas yet</source>
        <translation>Tahap ini belum punya kanvas</translation>
    </message>
    <message>
        <source>Start from a template: its zones and questions guide the team. Choose one below (Enter or double-click) or press the button.</source>
        <translation>Mulailah dari templat: zona dan pertanyaannya memandu tim. Pilih salah satu di bawah (Enter atau klik ganda) atau tekan tombolnya.</translation>
    </message>
    <message>
        <source>Create a canvas from a template…</source>
        <translation>Buat kanvas dari templat…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Labinov</source>
        <translation>Labinov</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Impor bundel…</translation>
    </message>
    <message>
        <source>Import projects from a .labinov file made on another laptop</source>
        <translation>Impor proyek dari berkas .labinov yang dibuat di laptop lain</translation>
    </message>
    <message>
        <source>Export project &amp;bundle…</source>
        <translation>&amp;Ekspor bundel proyek…</translation>
    </message>
    <message>
        <source>Export the &amp;team&apos;s projects…</source>
        <translation>Ekspor proyek-proyek &amp;tim…</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Export workshop bundle…</source>
        <translation>Ekspor bundel lokakarya…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>&amp;Start from an existing innovation…</source>
        <translation>&amp;Mulai dari inovasi yang sudah ada…</translation>
    </message>
    <message>
        <source>Import an innovation of another region as a new project of this team</source>
        <translation>Impor inovasi daerah lain sebagai proyek baru tim ini</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <source>Dash&amp;board and consolidation…</source>
        <translation>&amp;Dasbor dan konsolidasi…</translation>
    </message>
    <message>
        <source>Copy all data to a file you choose, e.g. on a USB stick</source>
        <translation>Salin semua data ke berkas pilihan Anda, misalnya di flashdisk</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Cadangan disimpan di {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Replace ALL data with the backup {name}? Your data is backed up first.</source>
        <translation>Ganti SELURUH data dengan cadangan {name}? Data Anda dicadangkan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export proposal PDF — {title}</source>
        <translation>Ekspor proposal PDF — {title}</translation>
    </message>
    <message>
        <source>Export all proposals — {name}</source>
        <translation>Ekspor semua proposal — {name}</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Bahasa dokumen:</translation>
    </message>
    <message>
        <source>Stages in the 5D record and canvases</source>
        <translation>Tahap yang dimuat dalam catatan 5D dan kanvas</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Sertakan</translation>
    </message>
    <message>
        <source>Innovation profile</source>
        <translation>Profil inovasi</translation>
    </message>
    <message>
        <source>The 5D record</source>
        <translation>Catatan 5D</translation>
    </message>
    <message>
        <source>Canvases as figures</source>
        <translation>Kanvas sebagai gambar</translation>
    </message>
    <message>
        <source>Lists of the canvas notes</source>
        <translation>Daftar catatan pada kanvas</translation>
    </message>
    <message>
        <source>Appendix: readiness (sections to write or shorten)</source>
        <translation>Lampiran: kesiapan (bagian yang perlu ditulis atau diringkas)</translation>
    </message>
    <message>
        <source>Canvases:</source>
        <translation>Kanvas:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Batalkan ekspor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save the proposal as</source>
        <translation>Simpan proposal sebagai</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Folder untuk berkas PDF</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Sedang mengekspor…</translation>
    </message>
    <message>
        <source>Saved: {path}. Open it now?</source>
        <translation>Tersimpan: {path}. Buka sekarang?</translation>
    </message>
    <message>
        <source>Saved in {path}. Open the folder now?</source>
        <translation>Tersimpan di {path}. Buka foldernya sekarang?</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>Export stopped: %n of {total} PDF file(s) written in {path}.</source>
        <translation>
            <numerusform>Ekspor dihentikan: %n dari {total} berkas PDF ditulis di {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the export?</source>
        <translation>Hentikan ekspor?</translation>
    </message>
    <message>
        <source>The export is still running. Stop it and close?</source>
        <translation>Ekspor masih berjalan. Hentikan dan tutup?</translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Ekspor dihentikan</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
</context>
<context>
    <name>FirstFieldFocus</name>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Close the window and lose what you typed?</source>
        <translation>Tutup jendela ini dan buang yang sudah Anda ketik?</translation>
    </message>
</context>
<context>
    <name>FiveDNavigator</name>
    <message>
        <source>Still missing:</source>
        <translation>Masih kurang:</translation>
    </message>
    <message>
        <source>Every required output is filled in.</source>
        <translation>Semua keluaran wajib sudah terisi.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Next evaluation follow-up: {date} — {what}</source>
        <translation>Tindak lanjut evaluasi berikutnya: {date} — {what}</translation>
    </message>
    <message>
        <source>Evaluation follow-up overdue since {date} — {what}</source>
        <translation>Tindak lanjut evaluasi terlambat sejak {date} — {what}</translation>
    </message>
    <message>
        <source>No evaluation follow-up is planned: add dates in Delivery ▸ Evaluation plan</source>
        <translation>Belum ada tindak lanjut evaluasi yang direncanakan: tambahkan tanggal di Delivery ▸ Rencana evaluasi</translation>
    </message>
    <message>
        <source>Measure the indicators and keep the evidence ({months} months in use)</source>
        <translation>Ukur indikator dan simpan buktinya ({months} bulan berjalan)</translation>
    </message>
    <message>
        <source>Measure the indicators and keep the evidence: the minimum years of use for {competition} ({years}) are reached</source>
        <translation>Ukur indikator dan simpan buktinya: syarat lama penerapan {competition} ({years} tahun) terpenuhi</translation>
    </message>
</context>
<context>
    <name>IidIndicatorsPanel</name>
    <message>
        <source>Regional Innovation Index (IID) indicators</source>
        <translation>Indikator Indeks Inovasi Daerah (IID)</translation>
    </message>
    <message>
        <source>An estimate (perkiraan) of this innovation&apos;s own indicator score: the real index is computed by Kemendagri for the whole region. Indicators marked * are taken from a later guide and not confirmed for this year.</source>
        <translation>Perkiraan skor indikator inovasi ini sendiri: indeks yang sebenarnya dihitung Kemendagri untuk seluruh daerah. Indikator bertanda * diambil dari pedoman tahun berikutnya dan belum dipastikan untuk tahun ini.</translation>
    </message>
    <message>
        <source>Mandatory indicator</source>
        <translation>Indikator wajib</translation>
    </message>
    <message>
        <source>— not met —</source>
        <translation>— belum terpenuhi —</translation>
    </message>
    <message>
        <source>Estimated score (perkiraan): {score} of {maximum} = {percent}% — {rating}; {answered} of {total} indicators answered</source>
        <translation>Perkiraan skor: {score} dari {maximum} = {percent}% — {rating} (perkiraan); {answered} dari {total} indikator terisi</translation>
    </message>
    <message>
        <source>Mandatory, not met yet: {names}</source>
        <translation>Indikator wajib yang belum terpenuhi: {names}</translation>
    </message>
    <message>
        <source>Edit IID indicator {number}</source>
        <translation>Ubah indikator IID {number}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Start from an existing innovation</source>
        <translation>Mulai dari inovasi yang sudah ada</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Isi bundel</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang akan terjadi</translation>
    </message>
    <message>
        <source>Adaptation note: what will be different here (region, agency, users)</source>
        <translation>Catatan adaptasi: apa yang berbeda di sini (daerah, instansi, pengguna)</translation>
    </message>
    <message>
        <source>Start from it</source>
        <translation>Mulai dari inovasi ini</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Berkas: {name}</translation>
    </message>
    <message>
        <source>new: will be added</source>
        <translation>baru: akan ditambahkan</translation>
    </message>
    <message>
        <source>newer: will be updated</source>
        <translation>lebih baru: akan diperbarui</translation>
    </message>
    <message>
        <source>older: ours is kept</source>
        <translation>lebih lama: versi di sini dipertahankan</translation>
    </message>
    <message>
        <source>unchanged: skipped</source>
        <translation>tidak berubah: dilewati</translation>
    </message>
    <message>
        <source>changed on both sides: ours stays, theirs is kept beside it</source>
        <translation>diubah di kedua sisi: versi di sini tetap, versi mereka disimpan di sampingnya</translation>
    </message>
    <message>
        <source>deleted there, unchanged here: will be deleted</source>
        <translation>dihapus di sana, tidak diubah di sini: akan dihapus</translation>
    </message>
    <message>
        <source>deleted on one side, edited on the other: kept</source>
        <translation>dihapus di satu sisi, diubah di sisi lain: dipertahankan</translation>
    </message>
    <message>
        <source>deleted here: stays deleted</source>
        <translation>dihapus di sini: tetap terhapus</translation>
    </message>
    <message>
        <source>changed on both sides: ours stays, theirs is kept as a version to open</source>
        <translation>diubah di kedua sisi: versi di sini tetap, versi mereka disimpan sebagai versi bertentangan untuk dibuka</translation>
    </message>
    <message>
        <source>Rows: {new} new, {newer} newer, {older} older, {unchanged} unchanged, {conflict} in conflict. Nothing is overwritten: of a row changed on both sides ours stays and theirs is kept beside it.</source>
        <translation>Baris: {new} baru, {newer} lebih baru, {older} lebih lama, {unchanged} tidak berubah, {conflict} konflik. Tidak ada yang ditimpa: dari baris yang diubah di kedua sisi, versi di sini tetap dan versi mereka disimpan di sampingnya.</translation>
    </message>
    <message>
        <source>Deletions: {deleted} deleted here, {gone} stay deleted, {kept} kept (deleted on one side, edited on the other).</source>
        <translation>Penghapusan: {deleted} dihapus di sini, {gone} tetap terhapus, {kept} dipertahankan (dihapus di satu sisi, diubah di sisi lain).</translation>
    </message>
    <message>
        <source>{what} — in {project}</source>
        <translation>{what} — di {project}</translation>
    </message>
    <message>
        <source>Reading and checking the bundle…</source>
        <translation>Membaca dan memeriksa bundel…</translation>
    </message>
    <message>
        <source>new project of your team</source>
        <translation>proyek baru tim Anda</translation>
    </message>
    <message>
        <source>Choose the innovation to start from: it becomes a new project of your team, and its origin is recorded in the profile.</source>
        <translation>Pilih inovasi yang menjadi titik awal: inovasi itu menjadi proyek baru tim Anda, dan asal-usulnya dicatat di profil.</translation>
    </message>
    <message>
        <source>Adding the innovation to your team…</source>
        <translation>Menambahkan inovasi ke tim Anda…</translation>
    </message>
    <message>
        <source>Importing… (all or nothing)</source>
        <translation>Mengimpor… (semua atau tidak sama sekali)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language changed. Windows of their own (timer, presentation, undo history) use it when opened again.</source>
        <translation>Bahasa diganti. Jendela tersendiri (pengatur waktu, presentasi, riwayat urungkan) memakainya saat dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>LayoutModes</name>
    <message>
        <source>Leave focus mode</source>
        <translation>Keluar dari mode fokus</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>name has {words} words, at most {limit}</source>
        <translation>nama {words} kata, paling banyak {limit}</translation>
    </message>
    <message>
        <source>{field}: {words} words, at least {minimum} asked</source>
        <translation>{field}: {words} kata, diminta minimal {minimum}</translation>
    </message>
    <message>
        <source>{part}: {words} words, at most {limit}</source>
        <translation>{part}: {words} kata, paling banyak {limit}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Labinov — Laboratorium Inovasi</source>
        <translation>Labinov — Laboratorium Inovasi</translation>
    </message>
    <message>
        <source>Opening the data folder…</source>
        <translation>Membuka folder data…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Lokakarya</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyek</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>All changes are saved automatically.</source>
        <translation>Semua perubahan tersimpan otomatis.</translation>
    </message>
    <message>
        <source>Not saved: the last change could not be written. It stays on screen; the next edit tries again.</source>
        <translation>Belum tersimpan: perubahan terakhir gagal ditulis. Perubahan tetap tampil di layar; penyuntingan berikutnya akan mencoba lagi.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>Panel &amp;navigasi</translation>
    </message>
    <message>
        <source>Show or hide the list of workshops, teams and projects</source>
        <translation>Tampilkan atau sembunyikan daftar lokakarya, tim, dan proyek</translation>
    </message>
    <message>
        <source>F&amp;ocus mode</source>
        <translation>Mode &amp;fokus</translation>
    </message>
    <message>
        <source>Only the board or worksheet: hides the navigator, toolbar and page header (Esc)</source>
        <translation>Hanya papan atau lembar kerja: menyembunyikan panel navigasi, bilah alat, dan kepala halaman (Esc)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <source>Use the whole screen (Esc or F11 to leave)</source>
        <translation>Pakai seluruh layar (Esc atau F11 untuk kembali)</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>Pr&amp;oyektor</translation>
    </message>
    <message>
        <source>Larger text, readable from the back of the room</source>
        <translation>Teks lebih besar, terbaca dari belakang ruangan</translation>
    </message>
    <message>
        <source>&amp;Archived projects</source>
        <translation>Proyek ter&amp;arsip</translation>
    </message>
    <message>
        <source>Show archived projects (greyed) in the navigator</source>
        <translation>Tampilkan proyek terarsip (abu-abu) di panel navigasi</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>&amp;Riwayat urungkan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Leader</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pendamping</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members of {team}</source>
        <translation>Anggota {team}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Tambah anggota</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Hapus anggota</translation>
    </message>
    <message>
        <source>Row {row} has no name: type the name or remove the row.</source>
        <translation>Baris {row} belum bernama: ketik namanya atau hapus barisnya.</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Where you are on the canvas; click to go there</source>
        <translation>Posisi Anda di kanvas; klik untuk pergi ke sana</translation>
    </message>
</context>
<context>
    <name>ModeratorTools</name>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Pengatur waktu</translation>
    </message>
    <message>
        <source>Timer in its own &amp;window…</source>
        <translation>Pengatur waktu di &amp;jendela sendiri…</translation>
    </message>
    <message>
        <source>Workshop &amp;agenda…</source>
        <translation>&amp;Agenda lokakarya…</translation>
    </message>
    <message>
        <source>Workshop &amp;overview…</source>
        <translation>&amp;Ikhtisar lokakarya…</translation>
    </message>
    <message>
        <source>&amp;Parking lot…</source>
        <translation>Tempat par&amp;kir gagasan…</translation>
    </message>
    <message>
        <source>Choose a workshop</source>
        <translation>Pilih lokakarya</translation>
    </message>
    <message>
        <source>Choose a workshop (or a team or innovation in it) in the list first.</source>
        <translation>Pilih dulu sebuah lokakarya (atau tim atau inovasi di dalamnya) di daftar.</translation>
    </message>
    <message>
        <source>&amp;Readiness of the innovation…</source>
        <translation>Kesiapan ino&amp;vasi…</translation>
    </message>
    <message>
        <source>Choose an innovation</source>
        <translation>Pilih inovasi</translation>
    </message>
    <message>
        <source>Choose an innovation in the list first.</source>
        <translation>Pilih dulu sebuah inovasi di daftar.</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
</context>
<context>
    <name>NavigatorWidth</name>
    <message>
        <source>Drag to widen the list; double-click: as wide as its names</source>
        <translation>Seret untuk melebarkan daftar; klik ganda: selebar nama-namanya</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Conflict copy of “{note}”</source>
        <translation>Salinan konflik dari “{note}”</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>{stage} is not complete</source>
        <translation>{stage} belum lengkap</translation>
    </message>
    <message>
        <source>These required outputs are still empty:</source>
        <translation>Keluaran wajib berikut masih kosong:</translation>
    </message>
    <message>
        <source>A moderator may mark the stage done anyway. Why? The reason is recorded with the stage.</source>
        <translation>Moderator tetap dapat menandai tahap ini selesai. Apa alasannya? Alasan dicatat bersama tahap ini.</translation>
    </message>
    <message>
        <source>e.g. The team agreed to fill in the indicators after the trial.</source>
        <translation>mis. Tim sepakat mengisi indikator setelah uji coba.</translation>
    </message>
    <message>
        <source>Mark done anyway</source>
        <translation>Tetap tandai selesai</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Tahap saat ini</translation>
    </message>
    <message>
        <source>Stages done</source>
        <translation>Tahap selesai</translation>
    </message>
    <message>
        <source>Worksheet progress</source>
        <translation>Kemajuan lembar kerja</translation>
    </message>
    <message>
        <source>(no innovation yet)</source>
        <translation>(belum ada inovasi)</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Workshop overview</source>
        <translation>Ikhtisar lokakarya</translation>
    </message>
    <message>
        <source>Open innovation</source>
        <translation>Buka inovasi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Parking lot</source>
        <translation>Tempat parkir gagasan</translation>
    </message>
    <message>
        <source>A question or idea to come back to…</source>
        <translation>Pertanyaan atau gagasan untuk dibahas nanti…</translation>
    </message>
    <message>
        <source>Park it</source>
        <translation>Parkir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Park an item</source>
        <translation>Parkir satu butir</translation>
    </message>
    <message>
        <source>Tick a parked item</source>
        <translation>Centang butir parkir</translation>
    </message>
    <message>
        <source>Delete a parked item</source>
        <translation>Hapus butir parkir</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>The innovation profile follows the Regional Innovation Index form; the paperclip keeps each field&apos;s supporting data. Changes are saved automatically.</source>
        <translation>Profil inovasi mengikuti formulir Indeks Inovasi Daerah; tombol penjepit kertas menyimpan data dukung setiap isian. Perubahan tersimpan otomatis.</translation>
    </message>
    <message>
        <source>Letters and attachments</source>
        <translation>Surat dan lampiran</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— belum dipilih —</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); at least {minimum} asked</source>
        <translation>
            <numerusform>%n kata (minimal {minimum} kata)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n kata</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “{field}”</source>
        <translation>Ubah “{field}”</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project title</source>
        <translation>Judul proyek</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Innovation title — click to edit</source>
        <translation>Judul inovasi — klik untuk mengubah</translation>
    </message>
    <message>
        <source>Not saved — will retry</source>
        <translation>Belum tersimpan — akan dicoba lagi</translation>
    </message>
    <message>
        <source>Innovation profile</source>
        <translation>Profil inovasi</translation>
    </message>
    <message>
        <source>Available in a moment: Labinov is still loading</source>
        <translation>Sebentar lagi: Labinov masih memuat</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Tim: {team}</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Ganti nama proyek</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder berkas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak dikenal</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Select Color</source>
        <translation>Pilih warna</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Warna &amp;dasar</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Warna &amp;khusus</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Tambahkan ke warna khusus</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Ambil warna layar</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;Rona:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>Sat&amp;urasi:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>Ke&amp;cerahan:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Merah:</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;Hijau:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>&amp;Biru:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>Kanal a&amp;lfa:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Kursor di %1, %2
Tekan Esc untuk batal</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus dari daftar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ubah nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ulangi %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;awal&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ulangi %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin alamat &amp;tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read only&lt;/b&gt; — this data folder cannot be written. You can look, export and back up elsewhere; nothing can be changed.</source>
        <translation>&lt;b&gt;Hanya baca&lt;/b&gt; — folder data ini tidak dapat ditulis. Anda dapat melihat, mengekspor, dan mencadangkan ke tempat lain; tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <source>It was made by an older Labinov: what you see is a temporary copy brought up to this version; the original is unchanged.</source>
        <translation>Data ini dibuat oleh Labinov yang lebih lama: yang tampil adalah salinan sementara yang diperbarui ke versi ini; data aslinya tidak berubah.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The proposal outline is not available yet: stage completeness only.</source>
        <translation>Kerangka proposal belum tersedia: hanya kelengkapan tahap yang dihitung.</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Required outputs</source>
        <translation>Keluaran wajib</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Masih kurang</translation>
    </message>
    <message>
        <source>Proposal section</source>
        <translation>Bagian proposal</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Required outputs of all stages</source>
        <translation>Keluaran wajib semua tahap</translation>
    </message>
    <message>
        <source>Proposal texts against their word limits</source>
        <translation>Teks proposal dibandingkan batas katanya</translation>
    </message>
    <message>
        <source>Readiness of the innovation</source>
        <translation>Kesiapan inovasi</translation>
    </message>
    <message>
        <source>(estimated limit)</source>
        <translation>(batas perkiraan)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>too long by {over}</source>
        <translation>kelebihan {over} kata</translation>
    </message>
    <message>
        <source>drafted from other answers</source>
        <translation>disusun dari jawaban lain</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>sesuai</translation>
    </message>
    <message>
        <source>The proposal outline is not available: stage completeness only.</source>
        <translation>Kerangka proposal tidak tersedia: hanya kelengkapan tahap.</translation>
    </message>
    <message>
        <source>{count} proposal texts are empty, too long or drafted from other answers.</source>
        <translation>{count} teks proposal masih kosong, terlalu panjang, atau disusun dari jawaban lain.</translation>
    </message>
    <message>
        <source>Not eligible for {competition}:</source>
        <translation>Tidak memenuhi syarat {competition}:</translation>
    </message>
    <message>
        <source>Eligible for {competition}, with warnings:</source>
        <translation>Memenuhi syarat {competition}, dengan peringatan:</translation>
    </message>
    <message>
        <source>Eligible for {competition}.</source>
        <translation>Memenuhi syarat {competition}.</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>sumber: {source}</translation>
    </message>
    <message>
        <source>repeats the text of {sections}</source>
        <translation>mengulang teks {sections}</translation>
    </message>
    <message>
        <source>too thin: fewer than {words} words</source>
        <translation>terlalu tipis: kurang dari {words} kata</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Innovations of the region</source>
        <translation>Inovasi daerah</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>semua tahun</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>tahun {year}</translation>
    </message>
    <message>
        <source>Innovations: {count} ({scope}); made on {date}</source>
        <translation>Inovasi: {count} ({scope}); dibuat {date}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Innovations</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Innovations by year</source>
        <translation>Inovasi per tahun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Innovation stage</source>
        <translation>Tahapan inovasi</translation>
    </message>
    <message>
        <source>Type (digital or not)</source>
        <translation>Jenis (digital atau bukan)</translation>
    </message>
    <message>
        <source>Form of innovation</source>
        <translation>Bentuk inovasi</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Inisiator</translation>
    </message>
    <message>
        <source>Government affair</source>
        <translation>Urusan pemerintahan</translation>
    </message>
    <message>
        <source>Original, adapted or replicated</source>
        <translation>Asli, diadaptasi, atau direplikasi</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Sudah dievaluasi</translation>
    </message>
    <message>
        <source>original</source>
        <translation>asli</translation>
    </message>
    <message>
        <source>adapted from another region</source>
        <translation>diadaptasi dari daerah lain</translation>
    </message>
    <message>
        <source>replicated</source>
        <translation>direplikasi</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>sudah dievaluasi</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>belum dievaluasi</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(tidak diisi)</translation>
    </message>
</context>
<context>
    <name>RegionDashboard</name>
    <message>
        <source>Region statistics and search</source>
        <translation>Statistik dan pencarian daerah</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Ekspor &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>No innovations</source>
        <translation>Tidak ada inovasi</translation>
    </message>
    <message>
        <source>Words of a title, agency, region or purpose, e.g. sampah &quot;Kota Makassar&quot;</source>
        <translation>Kata dari judul, instansi, daerah, atau tujuan, mis. sampah &quot;Kota Makassar&quot;</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Innovations: {count}</source>
        <translation>Inovasi: {count}</translation>
    </message>
    <message>
        <source>The first {count} found: add words to narrow the search.</source>
        <translation>{count} pertama yang ditemukan: tambahkan kata untuk mempersempit pencarian.</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Ditemukan: {count}</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Ekspor statistik</translation>
    </message>
</context>
<context>
    <name>Replication</name>
    <message>
        <source>replication of {source}: being adapted</source>
        <translation>replikasi dari {source}: sedang disesuaikan</translation>
    </message>
    <message>
        <source>replication of {source}: on trial, not yet running</source>
        <translation>replikasi dari {source}: uji coba, belum berjalan</translation>
    </message>
    <message>
        <source>replication of {source}: done, running since {date}</source>
        <translation>replikasi dari {source}: selesai, berjalan sejak {date}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Table of contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Innovation profile</source>
        <translation>Profil inovasi</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>The 5D record</source>
        <translation>Catatan 5D</translation>
    </message>
    <message>
        <source>Canvases</source>
        <translation>Kanvas</translation>
    </message>
    <message>
        <source>Appendix: readiness</source>
        <translation>Lampiran: kesiapan</translation>
    </message>
    <message>
        <source>Evaluation and replication</source>
        <translation>Evaluasi dan replikasi</translation>
    </message>
    <message>
        <source>Team and commitment</source>
        <translation>Tim dan komitmen</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Anggota tim</translation>
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
        <source>Role in team</source>
        <translation>Peran dalam tim</translation>
    </message>
    <message>
        <source>Page {page} of </source>
        <translation>Halaman {page} dari </translation>
    </message>
    <message>
        <source>{words} of at most {limit} words</source>
        <translation>{words} dari paling banyak {limit} kata</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation>{words} kata</translation>
    </message>
    <message>
        <source>weight {weight}%</source>
        <translation>bobot {weight}%</translation>
    </message>
    <message>
        <source>(not filled in yet)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <source>{over} words over the limit of {limit}</source>
        <translation>{over} kata melebihi batas {limit}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>drafted from other answers</source>
        <translation>disusun dari jawaban lain</translation>
    </message>
    <message>
        <source>drafted from other answers: {source}</source>
        <translation>disusun dari jawaban lain: {source}</translation>
    </message>
    <message>
        <source>repeats the text of {sections}</source>
        <translation>mengulang teks {sections}</translation>
    </message>
    <message>
        <source>too thin: fewer than {words} words</source>
        <translation>terlalu tipis: kurang dari {words} kata</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Ditulis di</translation>
    </message>
    <message>
        <source>Every section is filled in and within its word limit.</source>
        <translation>Semua bagian sudah diisi dan tidak melebihi batas kata.</translation>
    </message>
    <message>
        <source>Sections that are empty, longer than the competition allows, or drafted from other answers. Nothing was cut: write or shorten these texts where the last column says before submitting.</source>
        <translation>Bagian yang kosong, melebihi batas kata lomba, atau disusun dari jawaban lain. Tidak ada yang dipotong: tulis atau ringkas teks ini di tempat yang disebut kolom terakhir sebelum mengirim proposal.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Chosen problem: {problem}</source>
        <translation>Masalah terpilih: {problem}</translation>
    </message>
    <message>
        <source>Notes on “{title}”</source>
        <translation>Catatan pada “{title}”</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>{notes} notes, {links} connectors</source>
        <translation>{notes} catatan, {links} penghubung</translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation>Diekspor pada {date}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Nothing recorded in this stage yet.</source>
        <translation>Belum ada yang dicatat pada tahap ini.</translation>
    </message>
    <message>
        <source>Stage status: {status}</source>
        <translation>Status tahap: {status}</translation>
    </message>
    <message>
        <source>Innovation proposal of {team}</source>
        <translation>Proposal inovasi {team}</translation>
    </message>
    <message>
        <source>[picture]</source>
        <translation>[gambar]</translation>
    </message>
    <message>
        <source>Numbers to check (stored before Labinov read Indonesian numbers)</source>
        <translation>Angka yang perlu diperiksa (tersimpan sebelum Labinov membaca angka Indonesia)</translation>
    </message>
    <message>
        <source>check this number: {where} = {value}</source>
        <translation>periksa angka ini: {where} = {value}</translation>
    </message>
    <message>
        <source>Competition limits not met</source>
        <translation>Batas kompetisi yang belum dipenuhi</translation>
    </message>
    <message>
        <source>Detail: {title}</source>
        <translation>Detail: {title}</translation>
    </message>
    <message>
        <source>Outside the zones</source>
        <translation>Di luar zona</translation>
    </message>
    <message>
        <source>estimated limit</source>
        <translation>batas perkiraan</translation>
    </message>
    <message>
        <source>Estimated limits (batas perkiraan): no source found confirms them</source>
        <translation>Batas perkiraan: belum ada sumber yang memastikannya</translation>
    </message>
    <message>
        <source>{part}: at most {limit} words</source>
        <translation>{part}: paling banyak {limit} kata</translation>
    </message>
    <message>
        <source>Eligibility for {competition}: eligible</source>
        <translation>Syarat keikutsertaan {competition}: memenuhi syarat</translation>
    </message>
    <message>
        <source>Eligibility for {competition}: not eligible</source>
        <translation>Syarat keikutsertaan {competition}: tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>Eligibility for {competition}: eligible, with warnings</source>
        <translation>Syarat keikutsertaan {competition}: memenuhi syarat, dengan peringatan</translation>
    </message>
    <message>
        <source>every eligibility rule of this competition is met</source>
        <translation>semua syarat keikutsertaan kompetisi ini terpenuhi</translation>
    </message>
    <message>
        <source>IID indicators (estimate)</source>
        <translation>Indikator IID (perkiraan)</translation>
    </message>
    <message>
        <source>The team&apos;s own reading of the Regional Innovation Index indicators of this innovation. The score is an estimate (perkiraan): Kemendagri computes the index per region, and values marked * are not confirmed by a source of the year.</source>
        <translation>Penilaian tim sendiri atas indikator Indeks Inovasi Daerah untuk inovasi ini. Skornya hanya perkiraan: Kemendagri menghitung indeks per daerah, dan nilai bertanda * belum dipastikan oleh sumber tahun tersebut.</translation>
    </message>
    <message>
        <source>Estimated score: {score} of {maximum} ({percent}%), rating {rating} (estimate)</source>
        <translation>Perkiraan skor: {score} dari {maximum} ({percent}%), predikat {rating} (perkiraan)</translation>
    </message>
    <message>
        <source>Mandatory indicators not met yet: {names}</source>
        <translation>Indikator wajib yang belum terpenuhi: {names}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Parameter yang dicapai</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Appendix: letters and supporting documents</source>
        <translation>Lampiran: surat dan dokumen pendukung</translation>
    </message>
    <message>
        <source>Files kept with this innovation. PDFs and pictures follow on the last pages of this file, in this order.</source>
        <translation>Berkas yang disimpan bersama inovasi ini. PDF dan gambar disertakan di halaman-halaman terakhir berkas ini, sesuai urutan berikut.</translation>
    </message>
    <message>
        <source>No letters or supporting documents are attached yet.</source>
        <translation>Belum ada surat atau dokumen pendukung yang dilampirkan.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Mendukung</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>appended</source>
        <translation>disertakan</translation>
    </message>
    <message>
        <source>kept in Labinov only</source>
        <translation>hanya disimpan di Labinov</translation>
    </message>
    <message>
        <source>Letter: {name}</source>
        <translation>Surat: {name}</translation>
    </message>
    <message>
        <source>IID indicator {number}</source>
        <translation>Indikator IID {number}</translation>
    </message>
    <message>
        <source>The competition asks for this form with the proposal. Its questions were not found in a source: these are the SPBE architecture domains; check them against the guide.</source>
        <translation>Kompetisi meminta formulir ini bersama proposal; pertanyaannya belum ditemukan dalam sumber: berikut domain arsitektur SPBE, periksa kembali dengan pedomannya.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>(belum dijawab)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export proposal &amp;PDF…</source>
        <translation>Ekspor proposal &amp;PDF…</translation>
    </message>
    <message>
        <source>Export all proposals as PDF…</source>
        <translation>Ekspor semua proposal sebagai PDF…</translation>
    </message>
</context>
<context>
    <name>RowKinds</name>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Stage answers</source>
        <translation>Jawaban tahap</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Kanvas</translation>
    </message>
    <message>
        <source>Picture or file</source>
        <translation>Gambar atau berkas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Penghubung</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Sesi agenda</translation>
    </message>
    <message>
        <source>Parked idea</source>
        <translation>Catatan parkir gagasan</translation>
    </message>
    <message>
        <source>Conflicting version</source>
        <translation>Versi bertentangan</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>Connected to {server}.</source>
        <translation>Tersambung ke {server}.</translation>
    </message>
    <message>
        <source>Working on this laptop&apos;s data again.</source>
        <translation>Kembali bekerja dengan data laptop ini.</translation>
    </message>
    <message>
        <source>Already working on this laptop&apos;s data.</source>
        <translation>Sudah bekerja dengan data laptop ini.</translation>
    </message>
    <message>
        <source>No server is remembered yet: connect to it once with File ▸ Connect to the regional server…, then come back to this laptop&apos;s data and sync.</source>
        <translation>Belum ada server yang diingat: sambungkan sekali lewat Berkas ▸ Sambungkan ke server daerah…, lalu kembali ke data laptop ini dan sinkronkan.</translation>
    </message>
    <message>
        <source>Working on the server directly: there is nothing to sync.</source>
        <translation>Bekerja langsung di server: tidak ada yang perlu disinkronkan.</translation>
    </message>
    <message>
        <source>Synced with {server}.</source>
        <translation>Sudah disinkronkan dengan {server}.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <source>&amp;Connect to the regional server…</source>
        <translation>Sambungkan ke &amp;server daerah…</translation>
    </message>
    <message>
        <source>Work on the region&apos;s shared PostgreSQL database</source>
        <translation>Bekerja di basis data PostgreSQL bersama milik daerah</translation>
    </message>
    <message>
        <source>Back to this &amp;laptop&apos;s data</source>
        <translation>Kembali ke data &amp;laptop ini</translation>
    </message>
    <message>
        <source>Close the server connection and work on this laptop&apos;s data again</source>
        <translation>Tutup sambungan server dan bekerja lagi dengan data laptop ini</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Si&amp;nkronkan…</translation>
    </message>
    <message>
        <source>Exchange the changes of this laptop and the remembered regional server, after a preview (not needed while working on the server directly)</source>
        <translation>Tukar perubahan laptop ini dengan server daerah yang diingat, setelah pratinjau (tidak perlu saat bekerja langsung di server)</translation>
    </message>
    <message>
        <source>&amp;Region statistics and search…</source>
        <translation>&amp;Statistik dan pencarian daerah…</translation>
    </message>
    <message>
        <source>Innovations of every workshop by year, region, stage, type…; search them all</source>
        <translation>Inovasi semua lokakarya per tahun, daerah, tahapan, jenis…; cari di semuanya</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(tidak ada saran)</translation>
    </message>
    <message>
        <source>Add “{word}” to my words</source>
        <translation>Tambahkan “{word}” ke kata saya</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Pertanyaan pemandu</translation>
    </message>
    <message>
        <source>Expected outputs</source>
        <translation>Keluaran yang diharapkan</translation>
    </message>
    <message>
        <source>Tips for the moderator</source>
        <translation>Kiat untuk moderator</translation>
    </message>
    <message>
        <source>&amp;Start stage</source>
        <translation>&amp;Mulai tahap</translation>
    </message>
    <message>
        <source>Mark stage &amp;done</source>
        <translation>Tandai tahap &amp;selesai</translation>
    </message>
    <message>
        <source>Record that this stage&apos;s outputs are finished</source>
        <translation>Catat bahwa keluaran tahap ini sudah lengkap</translation>
    </message>
    <message>
        <source>&amp;Reopen stage</source>
        <translation>&amp;Buka kembali tahap</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>marked done by the moderator: {reason}</source>
        <translation>ditandai selesai oleh moderator: {reason}</translation>
    </message>
    <message>
        <source>Available in a moment: Labinov is still loading</source>
        <translation>Sebentar lagi: Labinov masih memuat</translation>
    </message>
    <message>
        <source>Start {stage}</source>
        <translation>Mulai {stage}</translation>
    </message>
    <message>
        <source>Complete {stage}</source>
        <translation>Selesaikan {stage}</translation>
    </message>
    <message>
        <source>Reopen {stage}</source>
        <translation>Buka kembali {stage}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start Labinov from the desktop, or use the commands in &apos;labinov --help&apos;.</source>
        <translation>Tidak ada layar untuk membuka jendela (DISPLAY maupun WAYLAND_DISPLAY tidak diatur): jalankan Labinov dari desktop, atau pakai perintah di &apos;labinov --help&apos;.</translation>
    </message>
    <message>
        <source>No Wayland screen to open a window on (WAYLAND_DISPLAY is not set): start Labinov from the desktop, or use the commands in &apos;labinov --help&apos;.</source>
        <translation>Tidak ada layar Wayland untuk membuka jendela (WAYLAND_DISPLAY tidak diatur): jalankan Labinov dari desktop, atau pakai perintah di &apos;labinov --help&apos;.</translation>
    </message>
    <message>
        <source>The system library {library} that a window needs is missing: install it with &apos;sudo apt install {package}&apos; (the README lists them all).</source>
        <translation>Pustaka sistem {library} yang diperlukan jendela tidak ada: pasang dengan &apos;sudo apt install {package}&apos; (README mencantumkan semuanya).</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>done (with a moderator&apos;s note)</source>
        <translation>selesai (dengan catatan moderator)</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <source>New &amp;workshop…</source>
        <translation>Lokakarya &amp;baru…</translation>
    </message>
    <message>
        <source>Start a new Labinov cohort</source>
        <translation>Mulai angkatan Labinov baru</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Workshop &amp;details…</source>
        <translation>&amp;Rincian lokakarya…</translation>
    </message>
    <message>
        <source>Name, organiser, place, dates and moderators</source>
        <translation>Nama, penyelenggara, tempat, tanggal dan moderator</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>&amp;Tim baru…</translation>
    </message>
    <message>
        <source>Add an OPD, Perusda, academic or community team</source>
        <translation>Tambahkan tim OPD, Perusda, akademisi atau komunitas</translation>
    </message>
    <message>
        <source>Team d&amp;etails…</source>
        <translation>Rincian t&amp;im…</translation>
    </message>
    <message>
        <source>Name, kind and contact of the selected team</source>
        <translation>Nama, jenis dan kontak tim yang dipilih</translation>
    </message>
    <message>
        <source>Team &amp;members…</source>
        <translation>&amp;Anggota tim…</translation>
    </message>
    <message>
        <source>Who is in the selected team, with NIP, position and role</source>
        <translation>Siapa saja anggota tim yang dipilih, dengan NIP, jabatan dan peran</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Proyek &amp;baru…</translation>
    </message>
    <message>
        <source>Add an innovation project to the selected team</source>
        <translation>Tambahkan proyek inovasi ke tim yang dipilih</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <source>D&amp;uplicate project</source>
        <translation>&amp;Gandakan proyek</translation>
    </message>
    <message>
        <source>Copy the project with all its stages</source>
        <translation>Salin proyek beserta semua tahapannya</translation>
    </message>
    <message>
        <source>&amp;Archive / unarchive</source>
        <translation>&amp;Arsipkan / batalkan arsip</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>W&amp;elcome screen</source>
        <translation>&amp;Halaman awal</translation>
    </message>
    <message>
        <source>&amp;About Labinov</source>
        <translation>&amp;Tentang Labinov</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Lokakarya baru</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Ubah lokakarya</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Tim baru</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Ubah tim</translation>
    </message>
    <message>
        <source>Edit team members</source>
        <translation>Ubah anggota tim</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <source>Innovation &amp;title:</source>
        <translation>&amp;Judul inovasi:</translation>
    </message>
    <message>
        <source>e.g. Akta Lahir Sehari</source>
        <translation>mis. Akta Lahir Sehari</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Ganti nama proyek</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Ganti nama lokakarya</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Ganti nama tim</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(salinan)</translation>
    </message>
    <message>
        <source>Duplicate project</source>
        <translation>Gandakan proyek</translation>
    </message>
    <message>
        <source>Unarchive project</source>
        <translation>Batalkan arsip proyek</translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation>Arsipkan proyek</translation>
    </message>
    <message>
        <source>Delete the workshop “{name}” with all its teams and projects?</source>
        <translation>Hapus lokakarya “{name}” beserta semua tim dan proyeknya?</translation>
    </message>
    <message>
        <source>Delete the team “{name}” with all its projects?</source>
        <translation>Hapus tim “{name}” beserta semua proyeknya?</translation>
    </message>
    <message>
        <source>Delete the project “{name}” with all its stages and canvases?</source>
        <translation>Hapus proyek “{name}” beserta semua tahapan dan kanvasnya?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Anda dapat mengurungkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language changes the next time Labinov starts.</source>
        <translation>Bahasa akan berganti saat Labinov dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderator</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n tim</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a team with Workshop ▸ New team (Ctrl+T).</source>
        <translation>Tambahkan tim lewat Lokakarya ▸ Tim baru (Ctrl+T).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>No members yet: add them with Workshop ▸ Team members… (Ctrl+Shift+M).</source>
        <translation>Belum ada anggota: tambahkan lewat Lokakarya ▸ Anggota tim… (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <source>Innovations</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>No innovation yet: add one with Project ▸ New project (Ctrl+N).</source>
        <translation>Belum ada inovasi: tambahkan lewat Proyek ▸ Proyek baru (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>SupportingFilesButton</name>
    <message>
        <source>Supporting data for “{what}”</source>
        <translation>Data dukung untuk “{what}”</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Attach supporting data</source>
        <translation>Lampirkan data dukung</translation>
    </message>
    <message>
        <source>Documents and pictures</source>
        <translation>Dokumen dan gambar</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>Lampirkan “{name}”</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>Hapus “{name}”</translation>
    </message>
</context>
<context>
    <name>SuspectNumbersView</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Letak</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>This number is right</source>
        <translation>Angka ini benar</translation>
    </message>
    <message>
        <source>Check these numbers: they were stored before Labinov read numbers the Indonesian way, so “1.200” may have become 1,2. Correct them in the worksheet, or confirm that they are right.</source>
        <translation>Periksa angka ini: disimpan sebelum Labinov membaca angka cara Indonesia, jadi “1.200” mungkin menjadi 1,2. Perbaiki di lembar kerja, atau konfirmasi bahwa angkanya benar.</translation>
    </message>
    <message>
        <source>Confirm number</source>
        <translation>Konfirmasi angka</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the regional server</source>
        <translation>Sinkronkan dengan server daerah</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinkronkan</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Menyambung ke {server}…</translation>
    </message>
    <message>
        <source>Comparing this laptop with the server…</source>
        <translation>Membandingkan laptop ini dengan server…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Check what will change, then choose Sync.</source>
        <translation>Periksa apa yang akan berubah, lalu pilih Sinkronkan.</translation>
    </message>
    <message>
        <source>Nothing to sync.</source>
        <translation>Tidak ada yang perlu disinkronkan.</translation>
    </message>
    <message>
        <source>Synced in {seconds} s: {received} rows received, {sent} sent, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>Sinkronisasi selesai dalam {seconds} detik: {received} baris diterima, {sent} dikirim, {deleted} dihapus, {conflicts} bertentangan.</translation>
    </message>
    <message>
        <source>Both versions of each conflict are kept: choose one with Project ▸ Conflicting versions…</source>
        <translation>Kedua versi dari setiap pertentangan disimpan: pilih salah satunya lewat Proyek ▸ Versi bertentangan…</translation>
    </message>
    <message>
        <source>Nothing was changed on this laptop: sync again to finish.</source>
        <translation>Tidak ada yang berubah di laptop ini: sinkronkan lagi untuk menyelesaikannya.</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing was changed on either side.</source>
        <translation>Sinkronisasi dibatalkan: tidak ada yang berubah di kedua sisi.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>SyncPreview</name>
    <message>
        <source>Workshops</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Innovations</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Stage work and answers</source>
        <translation>Kerja tahap dan jawaban</translation>
    </message>
    <message>
        <source>Canvases</source>
        <translation>Kanvas</translation>
    </message>
    <message>
        <source>Pictures and files</source>
        <translation>Gambar dan berkas</translation>
    </message>
    <message>
        <source>Notes and canvas items</source>
        <translation>Catatan dan item kanvas</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Penghubung</translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation>Sesi agenda</translation>
    </message>
    <message>
        <source>Parked ideas</source>
        <translation>Catatan parkir gagasan</translation>
    </message>
    <message>
        <source>Conflicting versions</source>
        <translation>Versi bertentangan</translation>
    </message>
    <message>
        <source>Changed on both sides: both versions kept</source>
        <translation>Diubah di kedua sisi: kedua versi disimpan</translation>
    </message>
    <message>
        <source>Deleted on the server: deleted here too</source>
        <translation>Dihapus di server: dihapus juga di sini</translation>
    </message>
    <message>
        <source>Deleted on this laptop: deleted on the server too</source>
        <translation>Dihapus di laptop ini: dihapus juga di server</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other: kept</source>
        <translation>Dihapus di satu sisi, diubah di sisi lain: dipertahankan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From the server to here</source>
        <translation>Dari server ke sini</translation>
    </message>
    <message>
        <source>From here to the server</source>
        <translation>Dari sini ke server</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>(outside innovations)</source>
        <translation>(di luar inovasi)</translation>
    </message>
    <message>
        <source>Nothing to sync: this laptop and the server hold the same data.</source>
        <translation>Tidak ada yang perlu disinkronkan: laptop ini dan server menyimpan data yang sama.</translation>
    </message>
    <message>
        <source>From the server to this laptop: {received} rows. From this laptop to the server: {sent} rows. Conflicts: {conflicts}.</source>
        <translation>Dari server ke laptop ini: {received} baris. Dari laptop ini ke server: {sent} baris. Bertentangan: {conflicts}.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Take from canvas…</source>
        <translation>Ambil dari kanvas…</translation>
    </message>
    <message>
        <source>Take the team&apos;s members</source>
        <translation>Ambil dari anggota tim</translation>
    </message>
    <message>
        <source>Chosen problem: none yet — score U, S and G 1–5.</source>
        <translation>Masalah terpilih: belum ada — beri skor U, S dan G 1–5.</translation>
    </message>
    <message>
        <source>Chosen problem: {problem}</source>
        <translation>Masalah terpilih: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>e.g. Dinas Kesehatan</source>
        <translation>mis. Dinas Kesehatan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontak:</translation>
    </message>
</context>
<context>
    <name>TeamKind</name>
    <message>
        <source>OPD (regional agency)</source>
        <translation>OPD (perangkat daerah)</translation>
    </message>
    <message>
        <source>Perusda / BUMD</source>
        <translation>Perusda / BUMD</translation>
    </message>
    <message>
        <source>Academic partner</source>
        <translation>Mitra akademisi</translation>
    </message>
    <message>
        <source>Community partner</source>
        <translation>Mitra komunitas</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>New canvas</source>
        <translation>Kanvas baru</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
</context>
<context>
    <name>TextFieldEditor</name>
    <message>
        <source>{words} / {limit} words</source>
        <translation>{words} / {limit} kata</translation>
    </message>
    <message>
        <source>Over the limit: {words} / {limit} words — please shorten</source>
        <translation>Melebihi batas: {words} / {limit} kata — mohon dipersingkat</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Drag to move the timer</source>
        <translation>Seret untuk memindahkan pengatur waktu</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jendela</translation>
    </message>
    <message>
        <source>The timer in its own window (for a second screen)</source>
        <translation>Pengatur waktu di jendela sendiri (untuk layar kedua)</translation>
    </message>
    <message>
        <source>Hide the timer (it keeps running)</source>
        <translation>Sembunyikan pengatur waktu (waktu tetap berjalan)</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The {what} must not be empty.</source>
        <translation>{what} tidak boleh kosong.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <source>This item no longer exists (id {id}).</source>
        <translation>Data ini sudah tidak ada (id {id}).</translation>
    </message>
    <message>
        <source>{value!r} is not a valid choice for this field.</source>
        <translation>{value!r} bukan pilihan yang sah untuk isian ini.</translation>
    </message>
    <message>
        <source>project title</source>
        <translation>Judul proyek</translation>
    </message>
    <message>
        <source>Unknown choice {value!r}; expected one of {allowed}.</source>
        <translation>Pilihan {value!r} tidak dikenal; gunakan salah satu dari {allowed}.</translation>
    </message>
    <message>
        <source>team name</source>
        <translation>Nama tim</translation>
    </message>
    <message>
        <source>member name</source>
        <translation>Nama anggota</translation>
    </message>
    <message>
        <source>workshop name</source>
        <translation>Nama lokakarya</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved.</source>
        <translation>Disk penuh: perubahan terakhir tidak tersimpan.</translation>
    </message>
    <message>
        <source>The data folder is read-only: the last change was not saved.</source>
        <translation>Folder data hanya-baca: perubahan terakhir tidak tersimpan.</translation>
    </message>
    <message>
        <source>The database is busy in another program: please try again.</source>
        <translation>Basis data sedang dipakai program lain: silakan coba lagi.</translation>
    </message>
    <message>
        <source>The data could not be saved: {reason}</source>
        <translation>Data tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation>Folder data {path} tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database in {path}: {reason}</source>
        <translation>Basis data di {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>This stage is not done yet. Still missing: {missing}</source>
        <translation>Tahap ini belum selesai. Masih kurang: {missing}</translation>
    </message>
    <message>
        <source>There is no canvas template {key}.</source>
        <translation>Templat kanvas {key} tidak ada.</translation>
    </message>
    <message>
        <source>A note may hold at most {limit} characters.</source>
        <translation>Satu catatan paling banyak berisi {limit} karakter.</translation>
    </message>
    <message>
        <source>canvas title</source>
        <translation>judul kanvas</translation>
    </message>
    <message>
        <source>A connector needs two different notes.</source>
        <translation>Garis penghubung memerlukan dua catatan yang berbeda.</translation>
    </message>
    <message>
        <source>A connector must stay on one canvas.</source>
        <translation>Garis penghubung harus berada di satu kanvas.</translation>
    </message>
    <message>
        <source>A connector label may hold at most {limit} characters.</source>
        <translation>Label penghubung paling banyak berisi {limit} karakter.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} lebih besar dari {limit} MB.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be written. Choose a folder you can save in.</source>
        <translation>{path} tidak dapat ditulis. Pilih folder yang dapat Anda simpani.</translation>
    </message>
    <message>
        <source>{name} is not a picture (PNG, JPEG, GIF, BMP or WebP).</source>
        <translation>{name} bukan gambar (PNG, JPEG, GIF, BMP atau WebP).</translation>
    </message>
    <message>
        <source>“{value}”: {decimal} or {whole}? Write {decimal} for a number with decimals, {whole} for a whole number.</source>
        <translation>“{value}”: {decimal} atau {whole}? Titik memisahkan ribuan: tulis {decimal} untuk angka desimal, {whole} untuk bilangan bulat.</translation>
    </message>
    <message>
        <source>“{value}” is not a number. Write it like {example}.</source>
        <translation>“{value}” bukan angka. Tulis seperti {example}.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in Rupiah. Type digits only, e.g. 1500000.</source>
        <translation>“{value}” bukan jumlah Rupiah. Ketik angka saja, misalnya 1500000.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it like {day} or {month} (only the month), or as 2019-07-15.</source>
        <translation>“{value}” bukan tanggal. Tulis seperti {day} atau {month} (bulannya saja), atau 2019-07-15.</translation>
    </message>
    <message>
        <source>“{value}” is not a number ({column}).</source>
        <translation>“{value}” bukan angka ({column}).</translation>
    </message>
    <message>
        <source>A score must be a whole number from 1 to 5, not “{value}”.</source>
        <translation>Skor harus bilangan bulat 1 sampai 5, bukan “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}” tidak ada di pilihan.</translation>
    </message>
    <message>
        <source>Cannot write the PDF {path}: {reason}</source>
        <translation>PDF {path} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>session title</source>
        <translation>judul sesi</translation>
    </message>
    <message>
        <source>A time box is a whole number of minutes from 1 to 1440, not “{value}”.</source>
        <translation>Durasi sesi harus bilangan bulat 1 sampai 1440 menit, bukan “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a time. Write it as HH:MM, e.g. 09:30.</source>
        <translation>“{value}” bukan jam. Tulis dengan format JJ:MM, misalnya 09:30.</translation>
    </message>
    <message>
        <source>parked item</source>
        <translation>butir parkir</translation>
    </message>
    <message>
        <source>There is no row {row}.</source>
        <translation>Baris {row} tidak ada.</translation>
    </message>
    <message>
        <source>Give a project id or --workshop, not both.</source>
        <translation>Berikan id proyek atau --workshop, jangan keduanya.</translation>
    </message>
    <message>
        <source>Give the id of the project to export, or --workshop.</source>
        <translation>Berikan id proyek yang akan diekspor, atau --workshop.</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Pilih tempat menyimpan.</translation>
    </message>
    <message>
        <source>The PDF could not be made: {error}</source>
        <translation>PDF tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <source>The backup {path} could not be made: {reason}</source>
        <translation>Cadangan {path} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a Labinov database ({reason}).</source>
        <translation>{path} tidak dapat dipulihkan: berkas itu bukan basis data Labinov ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a Labinov backup.</source>
        <translation>{path} bukan cadangan Labinov.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Labinov; please update Labinov to restore it.</source>
        <translation>Cadangan ini dibuat oleh Labinov versi lebih baru; perbarui Labinov untuk memulihkannya.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is not a Labinov database (no {name}).</source>
        <translation>{path} tidak dapat dipulihkan: berkas itu bukan basis data Labinov ({name} tidak ada).</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}); a copy of your data is in {path}.</source>
        <translation>Cadangan tidak dapat dipulihkan ({reason}); salinan data Anda ada di {path}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <source>The bundle has an unsafe entry name: {name}</source>
        <translation>Bundel berisi nama entri yang tidak aman: {name}</translation>
    </message>
    <message>
        <source>The bundle contains a link ({name}); links are not allowed.</source>
        <translation>Bundel berisi tautan ({name}); tautan tidak diizinkan.</translation>
    </message>
    <message>
        <source>The bundle entry {name} is too large (over {limit} MB).</source>
        <translation>Entri bundel {name} terlalu besar (lebih dari {limit} MB).</translation>
    </message>
    <message>
        <source>The bundle entry {name} is compressed suspiciously much (a zip bomb?); it was not imported.</source>
        <translation>Entri bundel {name} terkompresi secara mencurigakan (bom zip?); bundel tidak diimpor.</translation>
    </message>
    <message>
        <source>The bundle is damaged: {name} cannot be read ({reason}).</source>
        <translation>Bundel rusak: {name} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>The bundle is too large: its contents pass {limit} MB in all.</source>
        <translation>Bundel terlalu besar: isinya melebihi {limit} MB seluruhnya.</translation>
    </message>
    <message>
        <source>The bundle {path} cannot be read again ({reason}).</source>
        <translation>Bundel {path} tidak dapat dibaca lagi ({reason}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: {name} is not valid JSON ({reason}).</source>
        <translation>Bundel rusak: {name} bukan JSON yang sah ({reason}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: {name} does not match the format ({reason}).</source>
        <translation>Bundel rusak: {name} tidak sesuai format ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a Labinov bundle (not a zip file).</source>
        <translation>{path} bukan bundel Labinov (bukan berkas zip).</translation>
    </message>
    <message>
        <source>The bundle has too many entries ({count}, at most {limit}).</source>
        <translation>Bundel berisi terlalu banyak entri ({count}, paling banyak {limit}).</translation>
    </message>
    <message>
        <source>The bundle is damaged: {name} appears twice.</source>
        <translation>Bundel rusak: {name} muncul dua kali.</translation>
    </message>
    <message>
        <source>This file is not a Labinov bundle (no manifest).</source>
        <translation>Berkas ini bukan bundel Labinov (tidak ada manifest).</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Labinov (format {version}); please update Labinov to import it.</source>
        <translation>Bundel ini dibuat oleh Labinov versi lebih baru (format {version}); perbarui Labinov untuk mengimpornya.</translation>
    </message>
    <message>
        <source>The bundle is damaged: unexpected entry {name}.</source>
        <translation>Bundel rusak: ada entri tak dikenal {name}.</translation>
    </message>
    <message>
        <source>The bundle is damaged: the attachment {name} does not match its checksum.</source>
        <translation>Bundel rusak: lampiran {name} tidak cocok dengan checksum-nya.</translation>
    </message>
    <message>
        <source>The bundle is damaged: {name} is listed but missing.</source>
        <translation>Bundel rusak: {name} tercantum tetapi tidak ada.</translation>
    </message>
    <message>
        <source>The bundle is damaged: row {id} of {table} differs between copies.</source>
        <translation>Bundel rusak: baris {id} pada {table} berbeda antarsalinan.</translation>
    </message>
    <message>
        <source>There is no {kind} with the id {id}.</source>
        <translation>Tidak ada {kind} dengan id {id}.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyek</translation>
    </message>
    <message>
        <source>team</source>
        <translation>tim</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>lokakarya</translation>
    </message>
    <message>
        <source>The bundle does not fit the data here (a row refers to a missing one): {reason}</source>
        <translation>Bundel tidak cocok dengan data di sini (ada baris yang merujuk ke baris yang tidak ada): {reason}</translation>
    </message>
    <message>
        <source>The bundle holds no innovation to start from.</source>
        <translation>Bundel tidak berisi inovasi yang dapat dijadikan titik awal.</translation>
    </message>
    <message>
        <source>The table file must end in .csv or .xlsx: {path}</source>
        <translation>Berkas tabel harus berakhiran .csv atau .xlsx: {path}</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>foldernya tidak ada</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>tidak ada izin untuk menulis di sana</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>foldernya hanya-baca</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>ada folder dengan nama itu</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disk tidak dapat dibaca atau ditulis</translation>
    </message>
    <message>
        <source>the database is busy in another program</source>
        <translation>basis data sedang dipakai program lain</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>berkas basis data rusak</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>berkas basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>the file is not a Labinov database</source>
        <translation>berkas itu bukan basis data Labinov</translation>
    </message>
    <message>
        <source>“{value}” has no number ({column}). Write a value like: {examples}.</source>
        <translation>“{value}” tidak berisi angka ({column}). Tulis nilai seperti: {examples}.</translation>
    </message>
    <message>
        <source>“{value}” needs a day too, e.g. {day}.</source>
        <translation>“{value}” perlu tanggalnya juga, mis. {day}.</translation>
    </message>
    <message>
        <source>The command failed: {reason}</source>
        <translation>Perintah gagal: {reason}</translation>
    </message>
    <message>
        <source>This database was made by a newer Labinov (schema {found}); Labinov {version} knows schemas up to {known}. Please update Labinov to open it; nothing was changed.</source>
        <translation>Basis data ini dibuat oleh Labinov yang lebih baru (skema {found}); Labinov {version} hanya mengenal skema sampai {known}. Perbarui Labinov untuk membukanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>No competition outline “{key}”. Known: {known}.</source>
        <translation>Tidak ada kerangka kompetisi “{key}”. Yang tersedia: {known}.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: pip install &apos;labinov[server]&apos;.</source>
        <translation>Driver PostgreSQL belum terpasang: pip install &apos;labinov[server]&apos;.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: {url} (expected postgresql+psycopg://user@host/database).</source>
        <translation>Bukan alamat PostgreSQL: {url} (seharusnya postgresql+psycopg://pengguna@host/basisdata).</translation>
    </message>
    <message>
        <source>The server {url} refused the login: check the user and password.</source>
        <translation>Server {url} menolak login: periksa nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>The server {url} has no such database.</source>
        <translation>Basis data itu tidak ada di server {url}.</translation>
    </message>
    <message>
        <source>The user of {url} may not use Labinov&apos;s tables there: ask the server&apos;s administrator for the Labinov role (resources/server/create_role.sql).</source>
        <translation>Pengguna {url} tidak boleh memakai tabel Labinov di sana: mintalah peran Labinov kepada administrator server (resources/server/create_role.sql).</translation>
    </message>
    <message>
        <source>No server is known by the name in {url}: check the address.</source>
        <translation>Tidak ada server dengan nama di {url}: periksa alamatnya.</translation>
    </message>
    <message>
        <source>The server {url} does not answer: check the address and port, and that the server is running.</source>
        <translation>Server {url} tidak menjawab: periksa alamat dan port, dan pastikan server menyala.</translation>
    </message>
    <message>
        <source>Cannot reach the server {url}: {reason}</source>
        <translation>Server {url} tidak dapat dihubungi: {reason}</translation>
    </message>
    <message>
        <source>The server {url} has no Labinov tables yet: run &apos;labinov server upgrade&apos;.</source>
        <translation>Server {url} belum memiliki tabel Labinov: jalankan &apos;labinov server upgrade&apos;.</translation>
    </message>
    <message>
        <source>The server {url} has an older schema ({revision}): run &apos;labinov server upgrade&apos;.</source>
        <translation>Skema server {url} lebih lama ({revision}): jalankan &apos;labinov server upgrade&apos;.</translation>
    </message>
    <message>
        <source>The server {url} was set up by a newer Labinov ({revision}): update Labinov before working on it.</source>
        <translation>Server {url} disiapkan oleh Labinov yang lebih baru ({revision}): perbarui Labinov sebelum bekerja di server itu.</translation>
    </message>
    <message>
        <source>The server {url} was upgraded by a newer Labinov ({revision}): nothing was saved. Update Labinov to go on working on it.</source>
        <translation>Server {url} sudah dinaikkan oleh Labinov yang lebih baru ({revision}): tidak ada yang disimpan. Perbarui Labinov untuk terus bekerja di sana.</translation>
    </message>
    <message>
        <source>The server {url} could not be upgraded: {reason}</source>
        <translation>Server {url} tidak dapat dinaikkan skemanya: {reason}</translation>
    </message>
    <message>
        <source>Labinov does not back up or restore a PostgreSQL server: its administrator uses pg_dump and pg_restore.</source>
        <translation>Labinov tidak mencadangkan atau memulihkan server PostgreSQL: administratornya memakai pg_dump dan pg_restore.</translation>
    </message>
    <message>
        <source>No server given: use --database-url postgresql+psycopg://user@host/database or LABINOV_DATABASE_URL.</source>
        <translation>Server belum disebutkan: pakai --database-url postgresql+psycopg://pengguna@host/basisdata atau LABINOV_DATABASE_URL.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: {url}</source>
        <translation>Bukan alamat PostgreSQL: {url}</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Isi nama atau alamat server.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Isi nama basis data.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Isi nama pengguna.</translation>
    </message>
    <message>
        <source>The port must be 1 to 65535.</source>
        <translation>Port harus 1 sampai 65535.</translation>
    </message>
    <message>
        <source>No server given: labinov sync SERVER_URL.</source>
        <translation>Server belum diberikan: labinov sync SERVER_URL.</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing was changed.</source>
        <translation>Sinkronisasi dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This folder&apos;s data and the server are the same store.</source>
        <translation>Data folder ini dan server adalah penyimpanan yang sama.</translation>
    </message>
    <message>
        <source>This item was just changed by someone else; the view was reloaded.</source>
        <translation>Catatan ini baru saja diubah orang lain; tampilan dimuat ulang</translation>
    </message>
    <message>
        <source>The connection failed unexpectedly: {error}</source>
        <translation>Sambungan gagal secara tak terduga: {error}</translation>
    </message>
    <message>
        <source>The sync failed unexpectedly: {error}</source>
        <translation>Sinkronisasi gagal secara tak terduga: {error}</translation>
    </message>
    <message>
        <source>The data cannot be opened again ({reason}). Your data before the restore is kept in {path}. Labinov closes now; restore that file when it starts again.</source>
        <translation>Data tidak dapat dibuka lagi ({reason}). Data Anda sebelum pemulihan disimpan di {path}. Labinov ditutup sekarang; pulihkan berkas itu saat Labinov dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Start a voting round</source>
        <translation>Mulai putaran voting</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Jumlah peserta:</translation>
    </message>
    <message>
        <source>&amp;Votes per participant:</source>
        <translation>&amp;Suara per peserta:</translation>
    </message>
    <message>
        <source>&amp;Next participant</source>
        <translation>Peserta &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;End voting</source>
        <translation>&amp;Akhiri voting</translation>
    </message>
    <message numerus="yes">
        <source>Participant {current} of {total}: %n vote(s) left. Click a note to vote, right-click to take a vote back.</source>
        <translation>
            <numerusform>Peserta {current} dari {total}: sisa %n suara. Klik catatan untuk memberi suara, klik kanan untuk menarik suara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) — {text}</source>
        <translation>
            <numerusform>%n suara — {text}</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Beri suara</translation>
    </message>
    <message>
        <source>Voting results</source>
        <translation>Hasil voting</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>Belum ada suara.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Labinov</source>
        <translation>Selamat datang di Labinov</translation>
    </message>
    <message>
        <source>Laboratorium Inovasi guides your OPD team through five stages, from a first idea to an innovation that is launched and shown to the public. Everything is saved on this computer as you work; no internet needed.</source>
        <translation>Laboratorium Inovasi memandu tim OPD Anda melalui lima tahap, dari gagasan pertama sampai inovasi yang diluncurkan dan dipamerkan kepada publik. Semua pekerjaan tersimpan di komputer ini; tidak perlu internet.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>Lokakarya &amp;baru…</translation>
    </message>
    <message>
        <source>Start a new Labinov cohort (Ctrl+Shift+N)</source>
        <translation>Mulai angkatan Labinov baru (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Open the &amp;sample workshop</source>
        <translation>Buka lokakarya &amp;contoh</translation>
    </message>
    <message>
        <source>Laboratorium Inovasi Kota Makassar 2019: three OPD teams at different stages</source>
        <translation>Laboratorium Inovasi Kota Makassar 2019: tiga tim OPD pada tahap yang berbeda</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Impor bundel…</translation>
    </message>
    <message>
        <source>Available when bundles exist</source>
        <translation>Tersedia setelah fitur bundel ada</translation>
    </message>
    <message>
        <source>Opening the data folder… the buttons are ready in a moment.</source>
        <translation>Membuka folder data… tombol-tombol siap sebentar lagi.</translation>
    </message>
    <message>
        <source>Import a .labinov bundle from another laptop</source>
        <translation>Impor bundel .labinov dari laptop lain</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Worksheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>Suggest dates</source>
        <translation>Usulkan jadwal</translation>
    </message>
    <message>
        <source>Add a follow-up every 6 months from the roll-out date until the chosen competition&apos;s minimum years of use</source>
        <translation>Tambahkan tindak lanjut tiap 6 bulan sejak waktu penerapan sampai syarat lama penerapan kompetisi yang dipilih terpenuhi</translation>
    </message>
    <message>
        <source>Required outputs filled: {progress}. Still missing: {missing}</source>
        <translation>Keluaran wajib terisi: {progress}. Masih kurang: {missing}</translation>
    </message>
    <message>
        <source>All required outputs are filled ({progress}). The stage can be marked done.</source>
        <translation>Semua keluaran wajib sudah terisi ({progress}). Tahap ini bisa ditandai selesai.</translation>
    </message>
    <message>
        <source>Questions answered: {filled}/{required}. This sheet does not hold up the stage.</source>
        <translation>Pertanyaan terjawab: {filled}/{required}. Lembar ini tidak menahan penyelesaian tahap.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Ubah {field}</translation>
    </message>
    <message>
        <source>Add a row to {field}</source>
        <translation>Tambah baris di {field}</translation>
    </message>
    <message>
        <source>Delete a row of {field}</source>
        <translation>Hapus baris di {field}</translation>
    </message>
    <message>
        <source>Move a row of {field}</source>
        <translation>Pindahkan baris di {field}</translation>
    </message>
    <message>
        <source>Take notes into {field}</source>
        <translation>Ambil catatan ke {field}</translation>
    </message>
    <message>
        <source>Take the team&apos;s members into {field}</source>
        <translation>Ambil anggota tim ke {field}</translation>
    </message>
    <message>
        <source>There is nothing to suggest: write the roll-out date (waktu penerapan) in the profile, or the plan already has these dates.</source>
        <translation>Tidak ada yang bisa diusulkan: tulis waktu penerapan di profil, atau jadwal sudah memuat tanggal-tanggal ini.</translation>
    </message>
    <message>
        <source>Suggest follow-up dates</source>
        <translation>Usulkan jadwal tindak lanjut</translation>
    </message>
</context>
<context>
    <name>WorksheetTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Check this number: it was stored before Labinov read numbers the Indonesian way, so “1.200” may have become {value}. Type it again, or confirm it in the readiness view.</source>
        <translation>Periksa angka ini: disimpan sebelum Labinov membaca angka cara Indonesia, jadi “1.200” mungkin tersimpan sebagai {value}. Ketik ulang, atau konfirmasi di tampilan kesiapan.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop</source>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <source>e.g. Laboratorium Inovasi Kota Makassar 2026</source>
        <translation>mis. Laboratorium Inovasi Kota Makassar 2026</translation>
    </message>
    <message>
        <source>e.g. Balitbangda Kota Makassar</source>
        <translation>mis. Balitbangda Kota Makassar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Penyelenggara:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Tanggal &amp;mulai:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Tanggal &amp;selesai:</translation>
    </message>
    <message>
        <source>&amp;Moderators:</source>
        <translation>&amp;Moderator:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>pemakaian: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan versi program lalu keluar</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: kesalahan: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu argumen</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>perlu paling banyak satu argumen</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>perlu paling sedikit satu argumen</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>perlu %s argumen</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>perlu %s argumen</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumen eksplisit %r diabaikan</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
