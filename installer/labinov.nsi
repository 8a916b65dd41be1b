; Labinov for Windows: a per-user installer, no administrator rights needed.
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD=..\dist\labinov -DOUTFILE=..\dist\Labinov-0.1.0-setup.exe labinov.nsi
;
; PAYLOAD is the one-folder bundle from build.spec (labinov.exe, labinov-cli.exe, _internal\).
; As in Anki's installer: installs into %LOCALAPPDATA%\Programs\Labinov, writes only under
; HKCU, and a new version installs over the old one in place. The uninstaller keeps the
; user's data (%APPDATA%\Labinov) unless its "delete my data" option is ticked.

Unicode true
!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "pass -DPAYLOAD=<folder of the built bundle>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Labinov-${VERSION}-setup.exe"
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!define APP "Labinov"
!define PROGRAM "labinov.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define PROG_ID "Labinov.Bundle"
!define ICONS "../resources/icons/app"  ; makensis runs in this folder

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
SetCompressor /SOLID lzma
ShowInstDetails nevershow
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "CompanyName" "${APP}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT License"

!define MUI_ICON "${ICONS}/labinov.ico"
!define MUI_UNICON "${ICONS}/labinov.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${PROGRAM}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"  ; the users' language first: the default
!insertmacro MUI_LANGUAGE "English"

LangString NeedsWindows10 ${LANG_INDONESIAN} "Labinov memerlukan Windows 10 atau lebih baru, versi 64-bit."
LangString NeedsWindows10 ${LANG_ENGLISH} "Labinov needs Windows 10 or newer, 64-bit."
LangString StillRunning ${LANG_INDONESIAN} "Tutup Labinov terlebih dahulu, lalu klik Coba lagi."
LangString StillRunning ${LANG_ENGLISH} "Close Labinov first, then click Retry."
LangString BundleType ${LANG_INDONESIAN} "Bundel Labinov"
LangString BundleType ${LANG_ENGLISH} "Labinov bundle"
LangString ProgramSection ${LANG_INDONESIAN} "Program Labinov"
LangString ProgramSection ${LANG_ENGLISH} "The Labinov program"
LangString DataSection ${LANG_INDONESIAN} "Hapus juga data saya (lokakarya, cadangan, pengaturan)"
LangString DataSection ${LANG_ENGLISH} "Also delete my data (workshops, backups, settings)"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)"
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Section "-Program" SecProgram
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the program files of an older version go first (libraries it had
  ; may be gone in this one); the data folder lives elsewhere and is never touched.
  retry:
  ClearErrors
  Delete "$INSTDIR\${PROGRAM}"
  ${If} ${Errors}
  ${AndIf} ${FileExists} "$INSTDIR\${PROGRAM}"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
    Abort
  ${EndIf}
  Delete "$INSTDIR\labinov-cli.exe"
  RMDir /r "$INSTDIR\_internal"

  File /r "${PAYLOAD}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${PROGRAM}" "" "$INSTDIR\${PROGRAM}" 0

  ; .labinov opens with Labinov: HKCU\Software\Classes, no administrator rights needed
  WriteRegStr HKCU "Software\Classes\.labinov" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\.labinov" "Content Type" "application/x-labinov-bundle"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(BundleType)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" \
    "$INSTDIR\_internal\resources\icons\app\labinov-document.ico"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" \
    '"$INSTDIR\${PROGRAM}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${PROGRAM}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "-un.Program"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\${PROGRAM}"
  Delete "$INSTDIR\labinov-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$INSTDIR\_internal"
  RMDir "$INSTDIR"
  ReadRegStr $0 HKCU "Software\Classes\.labinov" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegKey HKCU "Software\Classes\.labinov"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd

; Unticked by default: workshops are the user's work, and reinstalling must find them.
Section /o "un.$(DataSection)" SecData
  SetShellVarContext current
  RMDir /r "$APPDATA\${APP}"      ; the data folder (labinov.sqlite, backups, logs, settings)
  RMDir /r "$LOCALAPPDATA\${APP}" ; caches and the single-instance lock
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
