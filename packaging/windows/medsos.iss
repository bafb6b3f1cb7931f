; Inno Setup 6 script: the Windows installer of Medsos Desktop.
;
; It packs the frozen folder dist\medsos-desktop (packaging/build.py) into
; dist\medsos-desktop-<version>-setup.exe. Built by .github/workflows/windows-installer.yml:
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\medsos.iss
;
; Indonesian.isl, beside this script, is the Indonesian translation of Inno Setup's own
; messages (buttons, wizard pages, errors): Medsos Desktop's own, made from the Default.isl
; of the pinned compiler (Inno Setup 6.4.1), since Inno Setup ships no Indonesian one.
; /DIndonesianIsl= may name another file. Default.isl is read first, so a message the file
; lacks falls back to English silently: the Wine step of CI checks that it has them all.
;
; Tests only: /DWineTestDirs replaces {autopf} in the default folder by the folder it
; stands for (Program Files for all users, %LOCALAPPDATA%\Programs for one user), which
; Wine cannot resolve for a per-user install (packaging/windows/wine_matrix.py).
;
; Installation (details and examples for IT staff: packaging/README.md):
; - per user, without administrator rights, by default (%LOCALAPPDATA%\Programs);
;   /ALLUSERS (or the dialog) installs for all users in Program Files;
; - Start-menu shortcut; desktop shortcut as an optional task (/MERGETASKS=desktopicon);
; - site presets: /CENTRAL= /REGION= /COORDKEY= /LOCK= (and /LANG=id|en with them) write
;   site.toml, or /SITECONFIG=path copies one: for all-users installs to
;   %PROGRAMDATA%\MedsosDesktop\site.toml, for per-user installs to <app folder>\site.toml
;   with the user's MEDSOS_SITE_CONFIG environment variable pointing at it;
; - the uninstaller keeps the user's data unless the user answers Yes to its question,
;   or /PURGE=1 is given.

#define AppName "Medsos Desktop"
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\medsos-desktop"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\medsos-desktop.exe", "ProductVersion")
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\medsos\medsos-desktop.ico"
#endif
#ifndef IndonesianIsl
  #define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif

[Setup]
AppId={{63A95D98-3CD7-4BDB-830C-DA232FA7D526}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Medsos Desktop
AppComments=Draft, check and approve government social media posts
VersionInfoVersion={#GetVersionNumbersString(DistDir + "\medsos-desktop.exe")}
VersionInfoDescription={#AppName} Setup
; Per user by default; IT may choose all users with /ALLUSERS or in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
; {autopf}: Program Files for all users, %LOCALAPPDATA%\Programs for one user.
#ifdef WineTestDirs
DefaultDirName={code:WineTestProgramFiles}\{#AppName}
#else
DefaultDirName={autopf}\{#AppName}
#endif
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later.
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=medsos-desktop-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\medsos-desktop.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
SetupLogging=yes
CloseApplications=yes
RestartApplications=no
; Per-user installs set MEDSOS_SITE_CONFIG in the user's environment.
ChangesEnvironment=yes
; The per-user parts ({localappdata}, HKCU) are meant: for all-users installs they are
; only used for the data of the account that uninstalls, when asked to.
UsedUserAreasWarning=no

[Languages]
Name: "id"; MessagesFile: "compiler:Default.isl,{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.AppComment=Susun, periksa, dan setujui posting media sosial instansi
en.AppComment=Draft, check and approve your agency's social media posts
id.PurgeQuestion=Hapus juga data Medsos Desktop akun Windows ini di komputer ini?%n%n%1%n%nData itu berisi semua draf, posting, dan cadangan; posting yang belum terkirim ke folder pusat akan hilang.%n%nPilih Tidak untuk menyimpannya (disarankan).
en.PurgeQuestion=Also delete this Windows account's Medsos Desktop data on this computer?%n%n%1%n%nIt holds every draft, post and backup; posts not yet sent to the central folder will be lost.%n%nChoose No to keep it (recommended).
id.BothSiteOptions=Berikan /SITECONFIG atau /CENTRAL, /REGION, /COORDKEY, /LOCK, jangan keduanya.
en.BothSiteOptions=Give either /SITECONFIG or /CENTRAL, /REGION, /COORDKEY, /LOCK, not both.
id.SiteFileMissing=Berkas konfigurasi situs "%1" (/SITECONFIG) tidak ditemukan.
en.SiteFileMissing=The site configuration file "%1" (/SITECONFIG) does not exist.
id.BadText=Nilai /%1 tidak boleh kosong atau berisi karakter kontrol.
en.BadText=The value of /%1 must not be empty or contain control characters.
id.BadCoordKey=Sidik jari kunci koordinator "%1" (/COORDKEY) tidak sah: harus 16 sampai 64 digit heksadesimal (0-9, a-f); spasi dan titik dua boleh.
en.BadCoordKey=The coordinator key fingerprint "%1" (/COORDKEY) is not valid: it must have 16 to 64 hexadecimal digits (0-9, a-f); spaces and colons are allowed.
id.BadLanguage=Bahasa "%1" (/LANG) tidak dikenal: gunakan id atau en.
en.BadLanguage=Unknown language "%1" (/LANG): use id or en.
id.BadLock=Nilai /LOCK "%1" tidak dikenal: gunakan central_folder, language, atau keduanya dipisah koma.
en.BadLock=Unknown /LOCK value "%1": use central_folder, language, or both separated by a comma.
id.LockWithoutValue=/LOCK=%1 memerlukan juga %2.
en.LockWithoutValue=/LOCK=%1 needs %2 as well.
id.SiteWriteFailed=Konfigurasi situs tidak dapat ditulis ke %1. Medsos Desktop sudah terpasang tanpa konfigurasi itu.
en.SiteWriteFailed=The site configuration could not be written to %1. Medsos Desktop is installed without it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the bundled Python and Qt as a whole: no stale module of the
; previous version may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\medsos-desktop.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\medsos-desktop.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; Per-user installs: the app finds the site configuration through this variable (an
; all-users install uses %PROGRAMDATA%\MedsosDesktop\site.toml, which the app reads itself).
Root: HKCU; Subkey: "Environment"; ValueType: string; ValueName: "MEDSOS_SITE_CONFIG"; ValueData: "{app}\site.toml"; Flags: uninsdeletevalue; Check: UserSiteConfigWanted

[Run]
Filename: "{app}\medsos-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; A per-user install's site configuration goes with it.
Type: files; Name: "{app}\site.toml"

[Code]
const
  SiteFileName = 'site.toml';
  SiteEnvName = 'MEDSOS_SITE_CONFIG';
  ExitSiteWriteFailed = 10;
  { The app's rule (medsos_desktop/services/site_config.py): 16 to 64 digits of a sha256. }
  MinFingerprintDigits = 16;
  MaxFingerprintDigits = 64;
  UninstallKey = 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{63A95D98-3CD7-4BDB-830C-DA232FA7D526}_is1';

var
  PresetCentral, PresetRegion, PresetCoordKey, PresetLanguage, PresetLock: String;
  PresetSiteFile: String;
  LockCentral, LockLanguage: Boolean;
  SiteWriteFailed: Boolean;
  PurgeData: Boolean;

function SetEnvironmentVariable(lpName: String; lpValue: String): BOOL;
  external 'SetEnvironmentVariableW@kernel32.dll stdcall';

{ The value of /Name=Value on the command line ('1' for a bare /Name), or Default.
  Names are case-insensitive; Windows has already removed the quotes around values. }
function CmdParam(const Name, Default: String): String;
var
  I: Integer;
  Arg, Prefix: String;
begin
  Result := Default;
  Prefix := '/' + Lowercase(Name);
  for I := 1 to ParamCount do
  begin
    Arg := ParamStr(I);
    if Lowercase(Arg) = Prefix then
      Result := '1'
    else if Pos(Prefix + '=', Lowercase(Arg)) = 1 then
      Result := Copy(Arg, Length(Prefix) + 2, Length(Arg));
  end;
end;

function HasSitePresets(): Boolean;
begin
  Result := (PresetCentral <> '') or (PresetRegion <> '') or (PresetCoordKey <> '') or
    (PresetLock <> '');
end;

function WantsSiteConfig(): Boolean;
begin
  Result := HasSitePresets() or (PresetSiteFile <> '');
end;

function SiteConfigPath(): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonappdata}\MedsosDesktop\') + SiteFileName
  else
    Result := ExpandConstant('{app}\') + SiteFileName;
end;

#ifdef WineTestDirs
function WineTestProgramFiles(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}')
  else
    Result := ExpandConstant('{localappdata}\Programs');
end;
#endif

function UserSiteConfigWanted(): Boolean;
begin
  Result := (not IsAdminInstallMode) and
    (WantsSiteConfig() or FileExists(ExpandConstant('{app}\') + SiteFileName));
end;

function HasControlChars(const S: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to Length(S) do
    if Ord(S[I]) < 32 then
      Result := True;
end;

{ The fingerprint's hexadecimal digits, or '' when it is not one. The app checks the
  exact rule again when it reads the file and reports any problem. }
function FingerprintDigits(const S: String): String;
var
  I: Integer;
  C: String;
begin
  Result := '';
  for I := 1 to Length(S) do
  begin
    C := Lowercase(S[I]);
    if Pos(C, '0123456789abcdef') > 0 then
      Result := Result + C
    else if (C <> ' ') and (C <> ':') then
    begin
      Result := '';
      Exit;
    end;
  end;
  if (Length(Result) < MinFingerprintDigits) or (Length(Result) > MaxFingerprintDigits) then
    Result := '';
end;

{ A TOML string: a literal string (backslashes kept as they are, as in \\server\share)
  unless the text has an apostrophe, then a basic string with escapes. }
function TomlString(const S: String): String;
var
  I: Integer;
begin
  if Pos('''', S) = 0 then
    Result := '''' + S + ''''
  else
  begin
    Result := '"';
    for I := 1 to Length(S) do
      if S[I] = '\' then
        Result := Result + '\\'
      else if S[I] = '"' then
        Result := Result + '\"'
      else
        Result := Result + S[I];
    Result := Result + '"';
  end;
end;

procedure AddLine(var Lines: TArrayOfString; const Line: String);
begin
  SetArrayLength(Lines, GetArrayLength(Lines) + 1);
  Lines[GetArrayLength(Lines) - 1] := Line;
end;

{ '' when the presets are usable, else what is wrong with them. }
function CheckPresets(): String;
var
  Items, Item: String;
  Comma: Integer;
begin
  Result := '';
  if (PresetSiteFile <> '') and HasSitePresets() then
  begin
    Result := CustomMessage('BothSiteOptions');
    Exit;
  end;
  if PresetSiteFile <> '' then
  begin
    if not FileExists(PresetSiteFile) then
      Result := FmtMessage(CustomMessage('SiteFileMissing'), [PresetSiteFile]);
    Exit;
  end;
  if not HasSitePresets() then
    Exit;
  if HasControlChars(PresetCentral) then
    Result := FmtMessage(CustomMessage('BadText'), ['CENTRAL'])
  else if HasControlChars(PresetRegion) then
    Result := FmtMessage(CustomMessage('BadText'), ['REGION'])
  else if (PresetCoordKey <> '') and (FingerprintDigits(PresetCoordKey) = '') then
    Result := FmtMessage(CustomMessage('BadCoordKey'), [PresetCoordKey])
  else if (PresetLanguage <> '') and (PresetLanguage <> 'id') and (PresetLanguage <> 'en') then
    Result := FmtMessage(CustomMessage('BadLanguage'), [PresetLanguage]);
  if Result <> '' then
    Exit;
  Items := PresetLock;
  while Items <> '' do
  begin
    Comma := Pos(',', Items);
    if Comma = 0 then
    begin
      Item := Trim(Items);
      Items := '';
    end
    else
    begin
      Item := Trim(Copy(Items, 1, Comma - 1));
      Items := Copy(Items, Comma + 1, Length(Items));
    end;
    if Item = 'central_folder' then
      LockCentral := True
    else if Item = 'language' then
      LockLanguage := True
    else if Item <> '' then
    begin
      Result := FmtMessage(CustomMessage('BadLock'), [Item]);
      Exit;
    end;
  end;
  if LockCentral and (PresetCentral = '') then
    Result := FmtMessage(CustomMessage('LockWithoutValue'), ['central_folder', '/CENTRAL'])
  else if LockLanguage and (PresetLanguage = '') then
    Result := FmtMessage(CustomMessage('LockWithoutValue'), ['language', '/LANG']);
end;

function InitializeSetup(): Boolean;
var
  Problem: String;
begin
  PresetCentral := Trim(CmdParam('CENTRAL', ''));
  PresetRegion := Trim(CmdParam('REGION', ''));
  PresetCoordKey := Trim(CmdParam('COORDKEY', ''));
  { /LANG also picks the installer's language (Inno Setup's own parameter); on its own
    it does not write a site configuration. }
  PresetLanguage := Lowercase(Trim(CmdParam('LANG', '')));
  PresetLock := Lowercase(Trim(CmdParam('LOCK', '')));
  PresetSiteFile := Trim(CmdParam('SITECONFIG', ''));
  Problem := CheckPresets();
  Result := Problem = '';
  if not Result then
  begin
    Log('Site presets refused: ' + Problem);
    SuppressibleMsgBox(Problem, mbCriticalError, MB_OK, IDOK);
  end;
end;

procedure WriteSiteConfig();
var
  Path, Locked: String;
  Lines: TArrayOfString;
  Ok: Boolean;
begin
  Path := SiteConfigPath();
  ForceDirectories(ExtractFileDir(Path));
  if PresetSiteFile <> '' then
  begin
    Log('Copying the site configuration ' + PresetSiteFile + ' to ' + Path);
    Ok := CopyFile(PresetSiteFile, Path, False);
  end
  else
  begin
    Log('Writing the site configuration ' + Path);
    if IsAdminInstallMode then
      AddLine(Lines, '# Medsos Desktop site configuration, written by its installer ' +
        '{#AppVersion} from the command line. Users of this computer start with these settings.')
    else
      AddLine(Lines, '# Medsos Desktop site configuration, written by its installer ' +
        '{#AppVersion} from the command line. This Windows account starts with these ' +
        'settings (its MEDSOS_SITE_CONFIG variable names this file).');
    if PresetCentral <> '' then
      AddLine(Lines, 'central_folder = ' + TomlString(PresetCentral));
    if PresetRegion <> '' then
      AddLine(Lines, 'region_name = ' + TomlString(PresetRegion));
    if PresetCoordKey <> '' then
      AddLine(Lines, 'coordinator_key_fingerprint = ' + TomlString(PresetCoordKey));
    if PresetLanguage <> '' then
      AddLine(Lines, 'default_language = ' + TomlString(PresetLanguage));
    Locked := '';
    if LockCentral then
      Locked := '"central_folder"';
    if LockLanguage then
    begin
      if Locked <> '' then
        Locked := Locked + ', ';
      Locked := Locked + '"language"';
    end;
    if Locked <> '' then
      AddLine(Lines, 'locked = [' + Locked + ']');
    { Without a byte order mark: Python's tomllib, and so any script of IT's, refuses one. }
    Ok := SaveStringsToUTF8FileWithoutBOM(Path, Lines, False);
  end;
  if not Ok then
  begin
    SiteWriteFailed := True;
    Log('Could not write ' + Path);
    SuppressibleMsgBox(FmtMessage(CustomMessage('SiteWriteFailed'), [Path]), mbError, MB_OK, IDOK);
  end;
end;

{ An all-users install: this account's MEDSOS_SITE_CONFIG, left by a per-user install of
  the app, would win over the machine-wide site.toml (the app prefers the variable), so
  IT's settings would silently not apply to this user. The variable is removed when it
  names that per-user installation's site.toml; one set another way (by Group Policy,
  for a share) is kept and logged. Other accounts: packaging/README.md. }
procedure RemoveUserSiteConfigVariable();
var
  Value, UserApp: String;
begin
  if not RegQueryStringValue(HKCU, 'Environment', SiteEnvName, Value) then
    Exit;
  UserApp := '';
  if not RegQueryStringValue(HKCU, UninstallKey, 'InstallLocation', UserApp) then
    UserApp := '';
  if (UserApp <> '') and
     (CompareText(Value, AddBackslash(UserApp) + SiteFileName) = 0) then
  begin
    if RegDeleteValue(HKCU, 'Environment', SiteEnvName) then
      Log('Removed this user''s ' + SiteEnvName + '=' + Value + ' (left by a per-user ' +
        'installation in ' + UserApp + '): the machine-wide site configuration applies ' +
        'to this user now')
    else
      Log('Could not remove this user''s ' + SiteEnvName + '=' + Value);
  end
  else
    Log('This user''s ' + SiteEnvName + '=' + Value + ' is kept: it was not set by a ' +
      'per-user installation, and the app prefers it to ' + SiteConfigPath());
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    if IsAdminInstallMode then
      RemoveUserSiteConfigVariable();
    if WantsSiteConfig() then
      WriteSiteConfig();
    { The registry entry reaches programs started later; the app started from the last
      page of this installer inherits the installer's own environment. }
    if UserSiteConfigWanted() and FileExists(SiteConfigPath()) then
      SetEnvironmentVariable(SiteEnvName, SiteConfigPath());
  end;
end;

function GetCustomSetupExitCode(): Integer;
begin
  if SiteWriteFailed then
    Result := ExitSiteWriteFailed
  else
    Result := 0;
end;

{ --- uninstall ---------------------------------------------------------------------- }

function UserDataDir(): String;
begin
  { platformdirs' user data folder of the app (MedsosDesktop, not roaming). }
  Result := ExpandConstant('{localappdata}\MedsosDesktop');
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  PurgeData := CmdParam('PURGE', '0') = '1';
  if (not PurgeData) and (not UninstallSilent) and DirExists(UserDataDir()) then
    PurgeData := SuppressibleMsgBox(FmtMessage(CustomMessage('PurgeQuestion'), [UserDataDir()]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  SiteDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and PurgeData then
  begin
    Log('Deleting the user data ' + UserDataDir());
    DelTree(UserDataDir(), True, True, True);
    if IsAdminInstallMode then
    begin
      SiteDir := ExpandConstant('{commonappdata}\MedsosDesktop');
      Log('Deleting the site configuration in ' + SiteDir);
      DeleteFile(SiteDir + '\' + SiteFileName);
      RemoveDir(SiteDir);
    end;
  end;
end;
