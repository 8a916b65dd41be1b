<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Labinov</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The {what} must not be empty.</source>
        <translation>{what} tidak boleh kosong.</translation>
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
        <source>{value!r} is not a date (YYYY-MM-DD).</source>
        <translation>{value!r} bukan tanggal (TTTT-BB-HH).</translation>
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
</context>
</TS>
