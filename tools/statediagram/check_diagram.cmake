# Fails when docs/state-machines/pnp.dot differs from what the PnP machine's table says.
execute_process(COMMAND ${TOOL} OUTPUT_VARIABLE generated RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "state-diagram failed (${rc})")
endif()
file(READ ${DOC} committed)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "docs/state-machines/pnp.dot is out of date: run `make diagrams` and commit it")
endif()
