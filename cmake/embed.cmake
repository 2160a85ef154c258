# pe_embed_sources(OUT_VAR ROOT dir FILES f1 f2 ...): generates a C++ source that defines
# pe::EmbeddedFiles(), the contents of the files (paths relative to ROOT), and returns its path in
# OUT_VAR. Data stays in data files in the repo; the binary carries a copy so it runs from anywhere.
function(pe_embed_sources out_var)
  cmake_parse_arguments(E "" "ROOT" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_files.cc")
  set(abs_files)
  foreach(f IN LISTS E_FILES)
    list(APPEND abs_files "${E_ROOT}/${f}")
  endforeach()
  string(REPLACE ";" "|" files_arg "${E_FILES}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DROOT=${E_ROOT} "-DFILES=${files_arg}" -DOUT=${out}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    DEPENDS ${abs_files} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    COMMENT "Embedding data files"
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
