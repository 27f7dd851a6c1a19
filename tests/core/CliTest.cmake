# wdflc end to end: exit codes, error lines on stderr, nothing on stdout for invalid input.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(expect_run code)
  execute_process(COMMAND ${WDFLC} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL code)
    message(FATAL_ERROR "wdflc ${ARGN}: exit ${rc}, expected ${code}\nstdout: ${out}\nstderr: ${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect_match text pattern)
  if(NOT "${text}" MATCHES "${pattern}")
    message(FATAL_ERROR "expected to match '${pattern}':\n${text}")
  endif()
endfunction()

set(example ${SPEC}/examples/16-request-dispatch-exception.wdfscn.json)

expect_run(0 --version)
expect_match("${out}" "^wdflc [0-9]+\\.[0-9]+\\.[0-9]+")
expect_run(0 --help)
expect_match("${out}" "exit codes")
expect_run(0 types)
expect_match("${out}" "WDFWORKITEM")
expect_run(0 rules)
expect_match("${out}" "freed-by-dereference")

expect_run(0 run ${example})
expect_match("${out}" "\"event\":\"deferred\",\"object\":\"pbuf\"")
expect_run(0 run ${example} --format text)
expect_match("${out}" "#1 step -: created driver")
expect_run(1 run ${example} --fail-on-error)
expect_run(0 validate ${example})

# Standard input.
execute_process(COMMAND ${WDFLC} run - INPUT_FILE ${example} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "\"seq\":18")
  message(FATAL_ERROR "run - from stdin failed: ${rc}")
endif()

# Invalid input: exit 2, FILE:LINE:COL or FILE: path, no trace.
file(WRITE ${WORK}/broken.json "{\n  \"format\": \"wdf-lifecycle-scenario\",\n  \"version\": 1,\n  \"objects\": [\n")
expect_run(2 run ${WORK}/broken.json)
expect_match("${err}" "broken.json:5:1: error: ")
if(NOT out STREQUAL "")
  message(FATAL_ERROR "a trace was printed for invalid input: ${out}")
endif()
file(WRITE ${WORK}/bad-parent.json "{\"format\":\"wdf-lifecycle-scenario\",\"version\":1,\"objects\":[{\"id\":\"driver\",\"type\":\"WDFDRIVER\"},{\"id\":\"t\",\"type\":\"WDFTIMER\",\"parent\":\"driver\"}]}")
expect_run(2 validate ${WORK}/bad-parent.json)
expect_match("${err}" "bad-parent.json: objects\\[1\\]\\.parent: error: WDFTIMER cannot have")

# Unknown keys: a warning, an error with --strict.
file(WRITE ${WORK}/extra.json "{\"format\":\"wdf-lifecycle-scenario\",\"version\":1,\"colour\":1,\"objects\":[{\"id\":\"driver\",\"type\":\"WDFDRIVER\"}]}")
expect_run(0 validate ${WORK}/extra.json)
expect_match("${err}" "extra.json: colour: warning: unknown key")
expect_run(2 validate ${WORK}/extra.json --strict)

# Usage errors and I/O errors.
expect_run(2 frobnicate)
expect_run(2 run)
expect_run(2 run ${example} --format xml)
expect_run(2 run ${example} --shuffle-siblings abc)
expect_run(2 run ${example} --no-such-option)
expect_run(3 run ${WORK}/does-not-exist.json)
expect_match("${err}" "does-not-exist.json: error: cannot open the file")
expect_run(3 run ${WORK})
expect_run(2 run ${example} --max-file-bytes 10)
expect_match("${err}" "larger than the limit of 10 bytes")

# Shuffled runs are reproducible.
expect_run(0 run ${example} --shuffle-siblings 7)
set(first "${out}")
expect_run(0 run ${example} --shuffle-siblings 7)
if(NOT first STREQUAL out)
  message(FATAL_ERROR "--shuffle-siblings 7 is not deterministic")
endif()

# wdflc upgrade: the v2 form of a v1 file, which loads again.
expect_run(0 upgrade ${example} -o ${WORK}/upgraded.wdfscn.json)
expect_match("${out}" "upgraded to format version 2")
file(READ ${WORK}/upgraded.wdfscn.json upgraded)
expect_match("${upgraded}" "\"version\": 2")
expect_run(0 validate ${WORK}/upgraded.wdfscn.json)
