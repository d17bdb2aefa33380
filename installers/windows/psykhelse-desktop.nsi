; Per-user Windows installer for Psykhelse Desktop (no administrator rights needed).
; Built by installers/build-windows.sh:
;   makensis -DVERSION=0.1.0 -DSTAGE=build\windows\stage -DOUTFILE=dist\...-setup.exe this.nsi
; Installs to %LOCALAPPDATA%\Programs\Psykhelse Desktop, adds a Start-menu entry and an entry
; under Apps (uninstall). A newer version installs over an older one in place. The data folder
; (%LOCALAPPDATA%\psykhelse-desktop: the encrypted record and its backups) is never touched,
; neither on upgrade nor on uninstall.

Unicode true
; 64-bit installer, like the program: it also runs under a 64-bit-only Wine.
Target amd64-unicode
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
RequestExecutionLevel user

!define APPNAME "Psykhelse Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PsykhelseDesktop"
!define PYTHONW "$INSTDIR\python\pythonw.exe"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

!include "MUI2.nsh"
!define MUI_ICON "${STAGE}\psykhelse-desktop.ico"
!define MUI_UNICON "${STAGE}\psykhelse-desktop.ico"
!define MUI_FINISHPAGE_RUN "${PYTHONW}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m psykhelse_desktop"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Norwegian"

Section "Install"
  SetShellVarContext current
  ; Upgrade in place: the previous version's program files go first, so nothing stale stays.
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\resources"
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*"
  WriteUninstaller "$INSTDIR\Avinstaller.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "${PYTHONW}" "-m psykhelse_desktop" \
    "$INSTDIR\psykhelse-desktop.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\psykhelse-desktop.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Avinstaller.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Avinstaller.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\resources"
  Delete "$INSTDIR\psykhelse-desktop.cmd"
  Delete "$INSTDIR\psykhelse-desktop.ico"
  Delete "$INSTDIR\Avinstaller.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
