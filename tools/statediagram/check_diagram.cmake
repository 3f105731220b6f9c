# Fails when docs/state-machines/<MACHINE>.dot differs from what the machine's table says.
execute_process(COMMAND ${TOOL} ${MACHINE} OUTPUT_VARIABLE generated RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "state-diagram ${MACHINE} failed (${rc})")
endif()
file(READ ${DOC} committed)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "${DOC} is out of date: run `make diagrams` and commit it")
endif()
