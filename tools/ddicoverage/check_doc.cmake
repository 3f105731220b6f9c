# Fails when docs/ddi-coverage.md differs from what the function table says.
execute_process(COMMAND ${TOOL} OUTPUT_VARIABLE generated RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ddi-coverage failed (${rc})")
endif()
file(READ ${DOC} committed)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "docs/ddi-coverage.md is out of date: run `make coverage` and commit it")
endif()
