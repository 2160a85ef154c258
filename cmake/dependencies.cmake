# Every third-party library comes from Debian bookworm packages (scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(simdjson CONFIG REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(fmt CONFIG REQUIRED)
find_package(ZLIB REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(SQLite3 REQUIRED)
find_package(Threads REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)   # no version check: its .pc says 0.0.0
pkg_check_modules(OPENCC REQUIRED IMPORTED_TARGET opencc)

# libphonenumber ships neither a .pc nor a CMake package.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
find_library(PHONENUMBER_GEOCODING_LIBRARY geocoding REQUIRED)
add_library(pe_phonenumber INTERFACE IMPORTED)
target_include_directories(pe_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(pe_phonenumber INTERFACE ${PHONENUMBER_GEOCODING_LIBRARY} ${PHONENUMBER_LIBRARY} ICU::uc ICU::i18n)

# OpenCC's data files (t2s.json and its dictionaries) are found at run time in this directory.
pkg_get_variable(OPENCC_PREFIX opencc prefix)
set(PE_OPENCC_DATA_DIR "${OPENCC_PREFIX}/share/opencc" CACHE PATH "OpenCC data directory")
