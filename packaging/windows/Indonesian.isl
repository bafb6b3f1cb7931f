; *** Inno Setup version 6.4.0+ Indonesian messages (Bahasa Indonesia) ***
;
; Medsos Desktop's own translation of the English messages of Inno Setup 6.4.1
; (its Default.isl), made for this project from the English text alone and kept
; in the Medsos Desktop repository under the project's licence (MIT). It is a
; modified version of Default.isl, not the original: the message names and the
; layout come from Inno Setup, copyright (C) 1997-2025 Jordan Russell and
; portions (C) 2000-2025 Martijn Laan, https://jrsoftware.org/ (Inno Setup licence).
;
; Terms used throughout, as in Windows' own Indonesian interface: install =
; pasang (pemasangan, terpasang), uninstall = copot pemasangan, Setup = Program
; Pemasangan, file = berkas, folder = folder, shortcut = pintasan, Start Menu =
; Menu Mulai, error = kesalahan.
;
; Keep this file in step with Default.isl when the pinned compiler changes
; (packaging/windows/ci_wine.sh, .github/workflows/windows-installer.yml):
; the compiler warns about names it does not know, and the build fails on warnings.
;
; Note: When translating this text, do not add periods (.) to the end of
; messages that didn't have them already, because on those messages Inno
; Setup adds the periods automatically (appending a period would result in
; two periods being displayed).

[LangOptions]
; The following three entries are very important. Be sure to read and
; understand the '[LangOptions] section' topic in the help file.
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0
; If the language you are translating to requires special font faces or
; sizes, uncomment any of the following entries and change them accordingly.
;DialogFontName=
;DialogFontSize=8
;WelcomeFontName=Verdana
;WelcomeFontSize=12
;TitleFontName=Arial
;TitleFontSize=29
;CopyrightFontName=Arial
;CopyrightFontSize=8

[Messages]

; *** Application titles
SetupAppTitle=Pemasangan
SetupWindowTitle=Pemasangan - %1
UninstallAppTitle=Copot Pemasangan
UninstallAppFullTitle=Copot Pemasangan %1

; *** Misc. common
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan

; *** SetupLdr messages
SetupLdrStartupMessage=Program ini akan memasang %1. Apakah Anda ingin melanjutkan?
LdrCannotCreateTemp=Tidak dapat membuat berkas sementara. Pemasangan dibatalkan
LdrCannotExecTemp=Tidak dapat menjalankan berkas di folder sementara. Pemasangan dibatalkan
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nKesalahan %2: %3
SetupFileMissing=Berkas %1 tidak ada di folder pemasangan. Perbaiki masalah tersebut atau dapatkan salinan baru program ini.
SetupFileCorrupt=Berkas-berkas pemasangan rusak. Dapatkan salinan baru program ini.
SetupFileCorruptOrWrongVer=Berkas-berkas pemasangan rusak atau tidak cocok dengan versi Program Pemasangan ini. Perbaiki masalah tersebut atau dapatkan salinan baru program ini.
InvalidParameter=Parameter yang tidak sah diberikan pada baris perintah:%n%n%1
SetupAlreadyRunning=Program Pemasangan sudah berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows yang dijalankan komputer Anda.
WindowsServicePackRequired=Program ini memerlukan %1 Service Pack %2 atau yang lebih baru.
NotOnThisPlatform=Program ini tidak dapat berjalan di %1.
OnlyOnThisPlatform=Program ini harus dijalankan di %1.
OnlyOnTheseArchitectures=Program ini hanya dapat dipasang pada versi Windows yang dirancang untuk arsitektur prosesor berikut:%n%n%1
WinVersionTooLowError=Program ini memerlukan %1 versi %2 atau yang lebih baru.
WinVersionTooHighError=Program ini tidak dapat dipasang pada %1 versi %2 atau yang lebih baru.
AdminPrivilegesRequired=Anda harus masuk sebagai administrator untuk memasang program ini.
PowerUserPrivilegesRequired=Anda harus masuk sebagai administrator atau sebagai anggota grup Power Users untuk memasang program ini.
SetupAppRunningError=Program Pemasangan mendeteksi bahwa %1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=Program Copot Pemasangan mendeteksi bahwa %1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Pilih Mode Pemasangan
PrivilegesRequiredOverrideInstruction=Pilih mode pemasangan
PrivilegesRequiredOverrideText1=%1 dapat dipasang untuk semua pengguna (memerlukan hak administrator) atau hanya untuk Anda.
PrivilegesRequiredOverrideText2=%1 dapat dipasang hanya untuk Anda atau untuk semua pengguna (memerlukan hak administrator).
PrivilegesRequiredOverrideAllUsers=Pasang untuk &semua pengguna
PrivilegesRequiredOverrideAllUsersRecommended=Pasang untuk &semua pengguna (disarankan)
PrivilegesRequiredOverrideCurrentUser=Pasang &hanya untuk saya
PrivilegesRequiredOverrideCurrentUserRecommended=Pasang &hanya untuk saya (disarankan)

; *** Misc. errors
ErrorCreatingDir=Program Pemasangan tidak dapat membuat folder "%1"
ErrorTooManyFilesInDir=Tidak dapat membuat berkas di folder "%1" karena folder itu berisi terlalu banyak berkas

; *** Setup common messages
ExitSetupTitle=Keluar dari Pemasangan
ExitSetupMessage=Pemasangan belum selesai. Jika Anda keluar sekarang, program ini tidak akan terpasang.%n%nAnda dapat menjalankan Program Pemasangan lagi di lain waktu untuk menyelesaikan pemasangan.%n%nKeluar dari Pemasangan?
AboutSetupMenuItem=&Tentang Program Pemasangan...
AboutSetupTitle=Tentang Program Pemasangan
AboutSetupMessage=%1 versi %2%n%3%n%nSitus web %1:%n%4
AboutSetupNote=
TranslatorNote=Terjemahan bahasa Indonesia: Medsos Desktop

; *** Buttons
ButtonBack=< &Kembali
ButtonNext=&Berikutnya >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=Tidak untuk Semu&a
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=&Telusuri...
ButtonNewFolder=&Buat Folder Baru

; *** "Select Language" dialog messages
SelectLanguageTitle=Pilih Bahasa Pemasangan
SelectLanguageLabel=Pilih bahasa yang akan digunakan selama pemasangan.

; *** Common wizard text
ClickNext=Klik Berikutnya untuk melanjutkan, atau Batal untuk keluar dari Pemasangan.
BeveledLabel=
BrowseDialogTitle=Telusuri Folder
BrowseDialogLabel=Pilih folder dalam daftar di bawah ini, lalu klik OK.
NewFolderName=Folder Baru

; *** "Welcome" wizard page
WelcomeLabel1=Selamat Datang di Panduan Pemasangan [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nAnda disarankan menutup semua aplikasi lain sebelum melanjutkan.

; *** "Password" wizard page
WizardPassword=Kata Sandi
PasswordLabel1=Pemasangan ini dilindungi kata sandi.
PasswordLabel3=Masukkan kata sandi, lalu klik Berikutnya untuk melanjutkan. Huruf besar dan huruf kecil pada kata sandi dibedakan.
PasswordEditLabel=&Kata Sandi:
IncorrectPassword=Kata sandi yang Anda masukkan salah. Silakan coba lagi.

; *** "License Agreement" wizard page
WizardLicense=Perjanjian Lisensi
LicenseLabel=Bacalah informasi penting berikut sebelum melanjutkan.
LicenseLabel3=Bacalah Perjanjian Lisensi berikut. Anda harus menerima ketentuan perjanjian ini sebelum melanjutkan pemasangan.
LicenseAccepted=Saya &menerima perjanjian ini
LicenseNotAccepted=Saya &tidak menerima perjanjian ini

; *** "Information" wizard pages
WizardInfoBefore=Informasi
InfoBeforeLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoBeforeClickLabel=Jika Anda siap melanjutkan pemasangan, klik Berikutnya.
WizardInfoAfter=Informasi
InfoAfterLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoAfterClickLabel=Jika Anda siap melanjutkan pemasangan, klik Berikutnya.

; *** "User Information" wizard page
WizardUserInfo=Informasi Pengguna
UserInfoDesc=Masukkan informasi Anda.
UserInfoName=&Nama Pengguna:
UserInfoOrg=&Organisasi:
UserInfoSerial=Nomor &Seri:
UserInfoNameRequired=Anda harus memasukkan nama.

; *** "Select Destination Location" wizard page
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=Program Pemasangan akan memasang [name] di folder berikut.
SelectDirBrowseLabel=Untuk melanjutkan, klik Berikutnya. Jika Anda ingin memilih folder lain, klik Telusuri.
DiskSpaceGBLabel=Diperlukan ruang disk kosong sekurang-kurangnya [gb] GB.
DiskSpaceMBLabel=Diperlukan ruang disk kosong sekurang-kurangnya [mb] MB.
CannotInstallToNetworkDrive=Program Pemasangan tidak dapat memasang ke drive jaringan.
CannotInstallToUNCPath=Program Pemasangan tidak dapat memasang ke jalur UNC.
InvalidPath=Anda harus memasukkan jalur lengkap dengan huruf drive, misalnya:%n%nC:\APP%n%natau jalur UNC dengan bentuk:%n%n\\server\share
InvalidDrive=Drive atau folder bersama UNC yang Anda pilih tidak ada atau tidak dapat diakses. Pilih yang lain.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Program Pemasangan memerlukan ruang kosong sekurang-kurangnya %1 KB untuk memasang, tetapi drive yang dipilih hanya memiliki %2 KB ruang kosong.%n%nApakah Anda tetap ingin melanjutkan?
DirNameTooLong=Nama folder atau jalurnya terlalu panjang.
InvalidDirName=Nama folder tidak sah.
BadDirName32=Nama folder tidak boleh berisi karakter berikut:%n%n%1
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Apakah Anda tetap ingin memasang ke folder itu?
DirDoesntExistTitle=Folder Tidak Ada
DirDoesntExist=Folder:%n%n%1%n%ntidak ada. Apakah Anda ingin folder itu dibuat?

; *** "Select Components" wizard page
WizardSelectComponents=Pilih Komponen
SelectComponentsDesc=Komponen mana yang akan dipasang?
SelectComponentsLabel2=Pilih komponen yang ingin Anda pasang; hapus centang pada komponen yang tidak ingin Anda pasang. Klik Berikutnya jika Anda siap melanjutkan.
FullInstallation=Pemasangan lengkap
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Pemasangan ringkas
CustomInstallation=Pemasangan khusus
NoUninstallWarningTitle=Komponen Sudah Ada
NoUninstallWarning=Program Pemasangan mendeteksi bahwa komponen berikut sudah terpasang di komputer Anda:%n%n%1%n%nMembatalkan pilihan komponen ini tidak akan mencopot pemasangannya.%n%nApakah Anda tetap ingin melanjutkan?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Pilihan saat ini memerlukan ruang disk sekurang-kurangnya [gb] GB.
ComponentsDiskSpaceMBLabel=Pilihan saat ini memerlukan ruang disk sekurang-kurangnya [mb] MB.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang akan dilakukan?
SelectTasksLabel2=Pilih tugas tambahan yang harus dilakukan Program Pemasangan saat memasang [name], lalu klik Berikutnya.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Pilih Folder Menu Mulai
SelectStartMenuFolderDesc=Di mana Program Pemasangan akan meletakkan pintasan program ini?
SelectStartMenuFolderLabel3=Program Pemasangan akan membuat pintasan program ini di folder Menu Mulai berikut.
SelectStartMenuFolderBrowseLabel=Untuk melanjutkan, klik Berikutnya. Jika Anda ingin memilih folder lain, klik Telusuri.
MustEnterGroupName=Anda harus memasukkan nama folder.
GroupNameTooLong=Nama folder atau jalurnya terlalu panjang.
InvalidGroupName=Nama folder tidak sah.
BadGroupName=Nama folder tidak boleh berisi karakter berikut:%n%n%1
NoProgramGroupCheck2=&Jangan buat folder Menu Mulai

; *** "Ready to Install" wizard page
WizardReady=Siap Memasang
ReadyLabel1=Program Pemasangan sekarang siap mulai memasang [name] di komputer Anda.
ReadyLabel2a=Klik Pasang untuk melanjutkan pemasangan, atau klik Kembali jika Anda ingin meninjau atau mengubah pengaturan.
ReadyLabel2b=Klik Pasang untuk melanjutkan pemasangan.
ReadyMemoUserInfo=Informasi pengguna:
ReadyMemoDir=Lokasi tujuan:
ReadyMemoType=Jenis pemasangan:
ReadyMemoComponents=Komponen yang dipilih:
ReadyMemoGroup=Folder Menu Mulai:
ReadyMemoTasks=Tugas tambahan:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Mengunduh berkas tambahan...
ButtonStopDownload=&Hentikan unduhan
StopDownload=Apakah Anda yakin ingin menghentikan unduhan?
ErrorDownloadAborted=Unduhan dibatalkan
ErrorDownloadFailed=Unduhan gagal: %1 %2
ErrorDownloadSizeFailed=Gagal mendapatkan ukuran: %1 %2
ErrorFileHash1=Gagal menghitung hash berkas: %1
ErrorFileHash2=Hash berkas tidak sah: seharusnya %1, ditemukan %2
ErrorProgress=Kemajuan tidak sah: %1 dari %2
ErrorFileSize=Ukuran berkas tidak sah: seharusnya %1, ditemukan %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Mengekstrak berkas tambahan...
ButtonStopExtraction=&Hentikan ekstraksi
StopExtraction=Apakah Anda yakin ingin menghentikan ekstraksi?
ErrorExtractionAborted=Ekstraksi dibatalkan
ErrorExtractionFailed=Ekstraksi gagal: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Bersiap Memasang
PreparingDesc=Program Pemasangan sedang bersiap memasang [name] di komputer Anda.
PreviousInstallNotCompleted=Pemasangan atau pencopotan program sebelumnya belum selesai. Anda perlu memulai ulang komputer untuk menyelesaikannya.%n%nSetelah komputer dimulai ulang, jalankan Program Pemasangan lagi untuk menyelesaikan pemasangan [name].
CannotContinue=Program Pemasangan tidak dapat melanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut sedang memakai berkas yang perlu diperbarui oleh Program Pemasangan. Anda disarankan mengizinkan Program Pemasangan menutup aplikasi ini secara otomatis.
ApplicationsFound2=Aplikasi berikut sedang memakai berkas yang perlu diperbarui oleh Program Pemasangan. Anda disarankan mengizinkan Program Pemasangan menutup aplikasi ini secara otomatis. Setelah pemasangan selesai, Program Pemasangan akan mencoba menjalankan kembali aplikasi tersebut.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Program Pemasangan tidak dapat menutup semua aplikasi secara otomatis. Sebelum melanjutkan, Anda disarankan menutup semua aplikasi yang memakai berkas yang perlu diperbarui oleh Program Pemasangan.
PrepareToInstallNeedsRestart=Program Pemasangan harus memulai ulang komputer Anda. Setelah komputer dimulai ulang, jalankan Program Pemasangan lagi untuk menyelesaikan pemasangan [name].%n%nApakah Anda ingin memulai ulang sekarang?

; *** "Installing" wizard page
WizardInstalling=Memasang
InstallingLabel=Tunggu sebentar, Program Pemasangan sedang memasang [name] di komputer Anda.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Menyelesaikan Panduan Pemasangan [name]
FinishedLabelNoIcons=Program Pemasangan telah selesai memasang [name] di komputer Anda.
FinishedLabel=Program Pemasangan telah selesai memasang [name] di komputer Anda. Aplikasi dapat dijalankan dengan memilih pintasan yang telah dibuat.
ClickFinish=Klik Selesai untuk keluar dari Pemasangan.
FinishedRestartLabel=Untuk menyelesaikan pemasangan [name], Program Pemasangan harus memulai ulang komputer Anda. Apakah Anda ingin memulai ulang sekarang?
FinishedRestartMessage=Untuk menyelesaikan pemasangan [name], Program Pemasangan harus memulai ulang komputer Anda.%n%nApakah Anda ingin memulai ulang sekarang?
ShowReadmeCheck=Ya, saya ingin membaca berkas README
YesRadio=&Ya, mulai ulang komputer sekarang
NoRadio=&Tidak, saya akan memulai ulang komputer nanti
; used for example as 'Run MyProg.exe'
RunEntryExec=Jalankan %1
; used for example as 'View Readme.txt'
RunEntryShellExec=Buka %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Program Pemasangan Memerlukan Disk Berikutnya
SelectDiskLabel2=Masukkan Disk %1 lalu klik OK.%n%nJika berkas pada disk ini dapat ditemukan di folder selain yang ditampilkan di bawah, masukkan jalur yang benar atau klik Telusuri.
PathLabel=&Jalur:
FileNotInDir2=Berkas "%1" tidak dapat ditemukan di "%2". Masukkan disk yang benar atau pilih folder lain.
SelectDirectoryLabel=Tentukan lokasi disk berikutnya.

; *** Installation phase messages
SetupAborted=Pemasangan tidak selesai.%n%nPerbaiki masalahnya, lalu jalankan Program Pemasangan lagi.
AbortRetryIgnoreSelectAction=Pilih tindakan
AbortRetryIgnoreRetry=&Coba lagi
AbortRetryIgnoreIgnore=&Abaikan kesalahan dan lanjutkan
AbortRetryIgnoreCancel=Batalkan pemasangan

; *** Installation status messages
StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Mengekstrak berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateIniEntries=Membuat entri INI...
StatusCreateRegistryEntries=Membuat entri registri...
StatusRegisterFiles=Mendaftarkan berkas...
StatusSavingUninstall=Menyimpan informasi pencopotan...
StatusRunProgram=Menyelesaikan pemasangan...
StatusRestartingApplications=Menjalankan kembali aplikasi...
StatusRollback=Mengembalikan perubahan...

; *** Misc. errors
ErrorInternal2=Kesalahan internal: %1
ErrorFunctionFailedNoCode=%1 gagal
ErrorFunctionFailed=%1 gagal; kode %2
ErrorFunctionFailedWithMessage=%1 gagal; kode %2.%n%3
ErrorExecutingProgram=Tidak dapat menjalankan berkas:%n%1

; *** Registry errors
ErrorRegOpenKey=Kesalahan saat membuka kunci registri:%n%1\%2
ErrorRegCreateKey=Kesalahan saat membuat kunci registri:%n%1\%2
ErrorRegWriteKey=Kesalahan saat menulis ke kunci registri:%n%1\%2

; *** INI errors
ErrorIniEntry=Kesalahan saat membuat entri INI di berkas "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Lewati berkas ini (tidak disarankan)
FileAbortRetryIgnoreIgnoreNotRecommended=&Abaikan kesalahan dan lanjutkan (tidak disarankan)
SourceIsCorrupted=Berkas sumber rusak
SourceDoesntExist=Berkas sumber "%1" tidak ada
ExistingFileReadOnly2=Berkas yang ada tidak dapat diganti karena ditandai baca-saja.
ExistingFileReadOnlyRetry=&Hapus atribut baca-saja dan coba lagi
ExistingFileReadOnlyKeepExisting=&Pertahankan berkas yang ada
ErrorReadingExistingDest=Terjadi kesalahan saat mencoba membaca berkas yang ada:
FileExistsSelectAction=Pilih tindakan
FileExists2=Berkas sudah ada.
FileExistsOverwriteExisting=&Timpa berkas yang ada
FileExistsKeepExisting=&Pertahankan berkas yang ada
FileExistsOverwriteOrKeepAll=&Lakukan ini untuk konflik berikutnya
ExistingFileNewerSelectAction=Pilih tindakan
ExistingFileNewer2=Berkas yang ada lebih baru daripada berkas yang akan dipasang oleh Program Pemasangan.
ExistingFileNewerOverwriteExisting=&Timpa berkas yang ada
ExistingFileNewerKeepExisting=&Pertahankan berkas yang ada (disarankan)
ExistingFileNewerOverwriteOrKeepAll=&Lakukan ini untuk konflik berikutnya
ErrorChangingAttr=Terjadi kesalahan saat mencoba mengubah atribut berkas yang ada:
ErrorCreatingTemp=Terjadi kesalahan saat mencoba membuat berkas di folder tujuan:
ErrorReadingSource=Terjadi kesalahan saat mencoba membaca berkas sumber:
ErrorCopying=Terjadi kesalahan saat mencoba menyalin berkas:
ErrorReplacingExistingFile=Terjadi kesalahan saat mencoba mengganti berkas yang ada:
ErrorRestartReplace=RestartReplace gagal:
ErrorRenamingTemp=Terjadi kesalahan saat mencoba mengganti nama berkas di folder tujuan:
ErrorRegisterServer=Tidak dapat mendaftarkan DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 gagal dengan kode keluar %1
ErrorRegisterTypeLib=Tidak dapat mendaftarkan pustaka tipe: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Semua pengguna
UninstallDisplayNameMarkCurrentUser=Pengguna saat ini

; *** Post-installation errors
ErrorOpeningReadme=Terjadi kesalahan saat mencoba membuka berkas README.
ErrorRestartingComputer=Program Pemasangan tidak dapat memulai ulang komputer. Lakukan secara manual.

; *** Uninstaller messages
UninstallNotFound=Berkas "%1" tidak ada. Pemasangan tidak dapat dicopot.
UninstallOpenError=Berkas "%1" tidak dapat dibuka. Pemasangan tidak dapat dicopot
UninstallUnsupportedVer=Berkas log pencopotan "%1" memiliki format yang tidak dikenali oleh versi Program Copot Pemasangan ini. Pemasangan tidak dapat dicopot
UninstallUnknownEntry=Ditemukan entri tidak dikenal (%1) di log pencopotan
ConfirmUninstall=Apakah Anda yakin ingin menghapus sepenuhnya %1 beserta semua komponennya?
UninstallOnlyOnWin64=Pemasangan ini hanya dapat dicopot di Windows 64-bit.
OnlyAdminCanUninstall=Pemasangan ini hanya dapat dicopot oleh pengguna dengan hak administrator.
UninstallStatusLabel=Tunggu sebentar, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 telah berhasil dihapus dari komputer Anda.
UninstalledMost=Pencopotan %1 selesai.%n%nBeberapa elemen tidak dapat dihapus. Elemen tersebut dapat dihapus secara manual.
UninstalledAndNeedsRestart=Untuk menyelesaikan pencopotan %1, komputer Anda harus dimulai ulang.%n%nApakah Anda ingin memulai ulang sekarang?
UninstallDataCorrupted=Berkas "%1" rusak. Pemasangan tidak dapat dicopot

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Hapus Berkas Bersama?
ConfirmDeleteSharedFile2=Sistem menunjukkan bahwa berkas bersama berikut tidak lagi dipakai oleh program mana pun. Apakah Anda ingin Program Copot Pemasangan menghapus berkas bersama ini?%n%nJika masih ada program yang memakai berkas ini lalu berkas ini dihapus, program tersebut mungkin tidak berfungsi dengan benar. Jika Anda ragu, pilih Tidak. Membiarkan berkas ini tetap ada di sistem Anda tidak akan menimbulkan masalah.
SharedFileNameLabel=Nama berkas:
SharedFileLocationLabel=Lokasi:
WizardUninstalling=Status Pencopotan
StatusUninstalling=Mencopot pemasangan %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Memasang %1.
ShutdownBlockReasonUninstallingApp=Mencopot pemasangan %1.

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
CreateQuickLaunchIcon=Buat pintasan &Quick Launch
ProgramOnTheWeb=%1 di Web
UninstallProgram=Copot Pemasangan %1
LaunchProgram=Jalankan %1
AssocFileExtension=&Kaitkan %1 dengan ekstensi berkas %2
AssocingFileExtension=Mengaitkan %1 dengan ekstensi berkas %2...
AutoStartProgramGroupDescription=Mulai otomatis:
AutoStartProgram=Jalankan %1 secara otomatis
AddonHostProgramNotFound=%1 tidak dapat ditemukan di folder yang Anda pilih.%n%nApakah Anda tetap ingin melanjutkan?
