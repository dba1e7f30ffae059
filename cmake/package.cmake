# Installing and packaging. `cmake --install` lays out an installed kiosk; `cpack -G DEB` builds
# deventer-kiosk_<version>_<arch>.deb from a build configured for it:
#   cmake -S . -B build-deb -DCMAKE_INSTALL_PREFIX=/usr -DKIOSK_INSTALLED_PATHS=ON -DBUILD_TESTING=OFF
#   cmake --build build-deb && (cd build-deb && cpack -G DEB)
# The units in systemd/ name /usr/bin and /usr/lib/deventer-kiosk, so a working install has
# prefix /usr, and the config goes to /etc (GNUInstallDirs' sysconfdir for /usr, fixed when
# configuring): stage with `DESTDIR=DIR cmake --install build-deb`, not with --prefix. The state
# folder /var/lib/deventer-kiosk is made by the postinst (and by the units' StateDirectory=).
set(kiosk_unit_dir "lib/systemd/system")
set(kiosk_libexec_dir "lib/deventer-kiosk")
set(kiosk_share_dir "${CMAKE_INSTALL_DATADIR}/deventer-kiosk")  # KIOSK_INSTALL_SHARE_DIR, relative

install(TARGETS deventer-kiosk kiosk-sync kiosk-feed RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY content/default/ DESTINATION ${kiosk_share_dir}/content PATTERN "*.md" EXCLUDE)
install(FILES content/map/world-110m.bin content/map/world-50m.bin DESTINATION ${kiosk_share_dir}/map)
install(FILES systemd/no-console-switching.keymap DESTINATION ${kiosk_share_dir})
install(FILES systemd/kiosk.service systemd/kiosk-cage.service systemd/kiosk-sync.service systemd/kiosk-sync.timer
              systemd/kiosk-sync-usb@.service systemd/kiosk-admin-request.service systemd/kiosk-admin-request.path
        DESTINATION ${kiosk_unit_dir})
install(PROGRAMS systemd/kiosk-sync-usb systemd/kiosk-admin-request DESTINATION ${kiosk_libexec_dir})
install(FILES systemd/90-deventer-kiosk-usb.rules DESTINATION lib/udev/rules.d)
install(FILES systemd/60-deventer-kiosk.conf DESTINATION lib/sysctl.d)
install(FILES cmake/package/kiosk.toml DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/deventer-kiosk)
install(FILES README.md docs/formats/config.md docs/formats/feed.md docs/formats/content.md content/default/for-editors.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/deventer-kiosk)

set(CPACK_PACKAGE_NAME "deventer-kiosk")
set(CPACK_PACKAGE_VENDOR "Gemeente Deventer")
set(CPACK_PACKAGE_CONTACT "Gemeente Deventer <kiosk@deventer.nl>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Deventer Internationaal touch kiosk, its feed client and editor tool")
set(CPACK_PACKAGE_DESCRIPTION "A fullscreen touch kiosk showing Deventer's international work on a world map. \
Starts on boot without a desktop (kiosk.service), restarts when it crashes or hangs, and keeps its \
content up to date from a signed feed (kiosk-sync.timer) or a USB stick.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://www.deventer.nl/")
# The libraries' packages from dpkg-shlibdeps (libsdl2-2.0-0, libsqlite3-0, libcurl4, libsodium23,
# libqrencode4, libsystemd0, libstdc++6 ...), plus what is used without being linked: the font,
# adduser for the postinst, loadkeys (kbd) for kiosk.service, systemd and udev for the units.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${KIOSK_FONT_DEBIAN_PACKAGE}, adduser, ca-certificates, kbd, systemd, udev, util-linux")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cage")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/cmake/package/conffiles;${PROJECT_SOURCE_DIR}/cmake/package/postinst;${PROJECT_SOURCE_DIR}/cmake/package/prerm;${PROJECT_SOURCE_DIR}/cmake/package/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)  # the debug info stays in the build tree
set(CPACK_GENERATOR "DEB")
include(CPack)
