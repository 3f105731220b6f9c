# kmdf_add_driver(NAME SOURCES src.c ... [INF file.inf] [INCLUDE_DIRECTORIES dir ...])
#
# Builds a KMDF driver module NAME.sys: an ELF shared object whose entry point is the
# framework stub's FxDriverEntry, which binds to the framework through the loader
# (WdfVersionBind) and then calls the driver's DriverEntry. The driver is plain C11,
# compiled with 16-bit wchar_t and the NT headers; its INF file is copied beside it.
# Works in this tree and, through find_package(OpenKMDF), for drivers outside it.
function(kmdf_add_driver name)
  cmake_parse_arguments(ARG "" "INF;OUTPUT_DIRECTORY" "SOURCES;INCLUDE_DIRECTORIES;LINK_LIBRARIES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "kmdf_add_driver(${name}): no SOURCES given")
  endif()
  add_library(${name} MODULE ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES PREFIX "" SUFFIX ".sys" C_STANDARD 11 C_STANDARD_REQUIRED ON
    C_VISIBILITY_PRESET hidden)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED KMDF_DRIVER_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${KMDF_DRIVER_OUTPUT_DIRECTORY})
  endif()
  target_compile_options(${name} PRIVATE -fshort-wchar -Wall -Wextra -Werror
    -Wno-unknown-pragmas -Wno-multichar -Wno-unused-parameter)
  target_compile_definitions(${name} PRIVATE _AMD64_ _WIN64 KMDF_VERSION_MAJOR=1 KMDF_VERSION_MINOR=33)
  if(ARG_INCLUDE_DIRECTORIES)
    target_include_directories(${name} PRIVATE ${ARG_INCLUDE_DIRECTORIES})
  endif()
  target_link_libraries(${name} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,OpenKMDF::kmdfstub>"
    OpenKMDF::wdfldr OpenKMDF::ntoskrnl ${ARG_LINK_LIBRARIES})
  target_link_options(${name} PRIVATE -Wl,--no-undefined)
  if(ARG_INF)
    get_filename_component(inf_abs ${ARG_INF} ABSOLUTE)
    get_filename_component(inf_name ${ARG_INF} NAME)
    add_custom_command(TARGET ${name} POST_BUILD
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${inf_abs} $<TARGET_FILE_DIR:${name}>/${inf_name}
      VERBATIM)
  endif()
endfunction()

# kmdf_add_wdm_driver(NAME SOURCES ...): a plain WDM driver (DriverEntry, no framework).
function(kmdf_add_wdm_driver name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES;INCLUDE_DIRECTORIES" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  # Default visibility: the kernel finds the module's DriverEntry by name, and WDM driver
  # sources do not mark it (modules are loaded RTLD_LOCAL, so their symbols never clash).
  set_target_properties(${name} PROPERTIES PREFIX "" SUFFIX ".sys" C_STANDARD 11)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED KMDF_DRIVER_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${KMDF_DRIVER_OUTPUT_DIRECTORY})
  endif()
  target_compile_options(${name} PRIVATE -fshort-wchar -Wall -Wextra -Werror
    -Wno-unknown-pragmas -Wno-multichar -Wno-unused-parameter)
  target_compile_definitions(${name} PRIVATE _AMD64_ _WIN64)
  if(ARG_INCLUDE_DIRECTORIES)
    target_include_directories(${name} PRIVATE ${ARG_INCLUDE_DIRECTORIES})
  endif()
  target_link_libraries(${name} PRIVATE OpenKMDF::ntoskrnl)
  target_link_options(${name} PRIVATE -Wl,--no-undefined)
endfunction()
