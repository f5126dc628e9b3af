; 贯标助手 — Windows installer, compiled by makensis (Debian's nsis) from
; scripts/windows/build.sh:
;   makensis -DVERSION=0.1.0 -DSTAGE=target/windows/stage -DOUT=target/windows/… installer.nsi
; Per-user (no administrator rights), Chinese pages, Start menu and desktop
; shortcuts, the .gbproj and .gbaudit file types, a WebView2 check, and an uninstaller
; that removes the program and keeps the user's projects and backups.

; A 64-bit installer for the 64-bit program (Debian's nsis ships the amd64 stubs).
Target amd64-unicode
SetCompressor /SOLID lzma
; A dictionary large enough to hold both programs: they share the bundled
; CJK font and the assets, which the second then costs almost nothing.
SetCompressorDictSize 64
RequestExecutionLevel user

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "pass -DSTAGE=<folder with guanbiao.exe>"
!endif
!ifndef OUT
  !define OUT "贯标助手-${VERSION}-x64-setup.exe"
!endif

!define APP "贯标助手"
!define EXE "guanbiao.exe"
!define PROGID "Guanbiao.Project"
!define PACKAGE_PROGID "Guanbiao.AuditPackage"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Guanbiao"
; The WebView2 runtime's client id (Evergreen), per machine or per user.
!define WV2_KEY "SOFTWARE\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "${APP}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\Guanbiao" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP} 安装程序"
VIAddVersionKey /LANG=2052 "LegalCopyright" "贯标助手"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${STAGE}\icon.ico"
!define MUI_UNICON "${STAGE}\icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "启动贯标助手"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; Whether the WebView2 runtime is installed ($0: its version, or empty).
!macro WebView2Version
  StrCpy $0 ""
  SetRegView 64
  ReadRegStr $0 HKLM "${WV2_KEY}" "pv"
  SetRegView 32
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "${WV2_KEY}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
!macroend

Section "贯标助手" SecMain
  SetOutPath "$INSTDIR"
  File "${STAGE}\${EXE}"
  File "${STAGE}\guanbiao-cli.exe"
  File "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\icon.ico"
  File "${STAGE}\使用说明.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Guanbiao" "InstallDir" "$INSTDIR"

  ; Shortcuts.
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\icon.ico" 0
  CreateShortcut "$SMPROGRAMS\${APP}\卸载${APP}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\icon.ico" 0

  ; The .gbproj file type, for this user: its icon and "open with" the app.
  WriteRegStr HKCU "Software\Classes\.gbproj" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "贯标助手项目文件"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\icon.ico,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.gbproj\OpenWithProgids" "${PROGID}" ""
  ; The .gbaudit file type (internal-audit work packages): a double-click on the
  ; auditor's laptop opens it in the audit-only mode.
  WriteRegStr HKCU "Software\Classes\.gbaudit" "" "${PACKAGE_PROGID}"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}" "" "贯标助手内审工作包"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}\DefaultIcon" "" "$INSTDIR\icon.ico,0"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.gbaudit\OpenWithProgids" "${PACKAGE_PROGID}" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Programs and Features.
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "贯标助手"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\icon.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1

  ; The window needs the WebView2 runtime: say what to install when it is missing.
  !insertmacro WebView2Version
  ${If} $0 == ""
    MessageBox MB_OK|MB_ICONINFORMATION "本机尚未安装 Microsoft Edge WebView2 运行时，贯标助手的窗口需要它才能显示。$\r$\n$\r$\n请安装“WebView2 运行时”（Evergreen 版本）：可以联网的电脑在微软官网搜索“WebView2 Runtime”下载安装；不能联网或受管理的电脑（如 LTSC 版本）请信息部门用“独立安装程序”安装。$\r$\n$\r$\n安装完成后即可启动贯标助手；命令行工具 guanbiao-cli 不需要它。" /SD IDOK
    DetailPrint "未找到 WebView2 运行时：请安装后再启动贯标助手"
  ${Else}
    DetailPrint "WebView2 运行时：$0"
  ${EndIf}
SectionEnd

; The uninstaller removes the program, its shortcuts and registry entries;
; the projects, settings and backups in the data directory
; (%APPDATA%\Guanbiao) and any project saved elsewhere stay.
Section "Uninstall"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\guanbiao-cli.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\icon.ico"
  Delete "$INSTDIR\使用说明.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\卸载${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"
  ReadRegStr $1 HKCU "Software\Classes\.gbproj" ""
  ${If} $1 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.gbproj" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.gbproj\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.gbproj\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.gbproj"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  ReadRegStr $1 HKCU "Software\Classes\.gbaudit" ""
  ${If} $1 == "${PACKAGE_PROGID}"
    DeleteRegValue HKCU "Software\Classes\.gbaudit" ""
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.gbaudit\OpenWithProgids" "${PACKAGE_PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.gbaudit\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.gbaudit"
  DeleteRegKey HKCU "Software\Classes\${PACKAGE_PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\Guanbiao"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
