# cep_element_strings(<output> <descriptor files...>)
#
# Writes <output>: the texts of the element descriptors (resources/elements/*.json) that
# people read (names, variants, descriptions, the configuration entries' labels and
# descriptions, the choices' labels) as QT_TRANSLATE_NOOP lines in the context
# "ce::ElementDescription", for lupdate only (the file is never compiled): an element stays
# a data file, and its texts still reach the translators.

# Appends the JSON string at <path...> of `json`, if there is one, to `lines`.
macro(_cep_element_text)
    string(JSON _text ERROR_VARIABLE _missing GET "${json}" ${ARGN})
    if(NOT _missing AND NOT "${_text}" STREQUAL "")
        string(REPLACE "\\" "\\\\" _text "${_text}")
        string(REPLACE "\"" "\\\"" _text "${_text}")
        string(REPLACE "\n" "\\n" _text "${_text}")
        string(APPEND lines "QT_TRANSLATE_NOOP(\"ce::ElementDescription\", \"${_text}\")\n")
    endif()
endmacro()

# The number of items of the JSON array at <path...> of `json` in `out` (0 when none).
macro(_cep_element_count out)
    string(JSON ${out} ERROR_VARIABLE _missing LENGTH "${json}" ${ARGN})
    if(_missing)
        set(${out} 0)
    endif()
endmacro()

function(cep_element_strings output)
    set(lines "// Generated from resources/elements/*.json at configure time, for lupdate.\n")
    foreach(file IN LISTS ARGN)
        file(READ "${file}" json)
        foreach(field name variant description)
            _cep_element_text(${field})
        endforeach()
        _cep_element_count(entries configuration)
        foreach(index RANGE 1 ${entries})
            math(EXPR i "${index} - 1")
            _cep_element_text(configuration ${i} label)
            _cep_element_text(configuration ${i} description)
            _cep_element_count(options configuration ${i} options)
            foreach(option RANGE 1 ${options})
                math(EXPR o "${option} - 1")
                _cep_element_text(configuration ${i} options ${o} label)
            endforeach()
        endforeach()
    endforeach()
    file(CONFIGURE OUTPUT "${output}" CONTENT "${lines}")
endfunction()
