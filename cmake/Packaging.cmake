# What a Debian package of Replica Wizard installs beside the two executables (their own
# CMakeLists install them, the desktop file and the AppStream metainfo), and how cpack builds it:
# `cpack -G DEB` in the build folder (tests/packaging/check_package.sh does and checks it).
include(GNUInstallDirs)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/replica-wizard-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# Debian installs man pages compressed (gzip -n: no name or time stamp, reproducible).
set(RW_MAN_PAGE ${CMAKE_BINARY_DIR}/man/replica-wizard-cli.1.gz)
add_custom_command(OUTPUT ${RW_MAN_PAGE}
                   COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
                   COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/resources/man/replica-wizard-cli.1 > ${RW_MAN_PAGE}
                   DEPENDS ${PROJECT_SOURCE_DIR}/resources/man/replica-wizard-cli.1
                   COMMENT "Compressing the man page")
add_custom_target(man_page ALL DEPENDS ${RW_MAN_PAGE})
install(FILES ${RW_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME replica-wizard)
set(CPACK_PACKAGE_VENDOR "The Replica Wizard developers")
set(CPACK_PACKAGE_CONTACT "The Replica Wizard developers <replica-wizard@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up and watch an external replica of an Amazon RDS database")
set(CPACK_PACKAGE_DESCRIPTION
    "Replica Wizard seeds an external MySQL or MariaDB server from an RDS read replica with no
downtime on the primary, points it at the primary at the exact binary log coordinates and
watches replication health: a desktop wizard and dashboard, and replica-wizard-cli for scripts
and monitoring systems (Prometheus, Nagios).")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://replicawizard.github.io/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
# The shared libraries (Qt, QtKeychain, MariaDB Connector/C, libssh) as dpkg-shlibdeps finds them;
# the dump seeder's client tools, the keychain service and Qt's own translations are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "mariadb-client | default-mysql-client, gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "mariadb-server, openssh-client")
set(CPACK_STRIP_FILES ON)
include(CPack)
