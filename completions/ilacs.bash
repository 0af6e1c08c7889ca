# bash completion for ilacs: commands, options, option values and file arguments.
# Commands and options are read from the binary's own --help (once a shell), so that a new
# command or option completes without an edit here. Installed as
# share/bash-completion/completions/ilacs; or `source` it from ~/.bashrc.

declare -A _ilacs_help_cache

# The help text of ilacs ($1) for a command ($2, empty for the global help).
_ilacs_help() {
    local key="$1|$2"
    if [[ -z ${_ilacs_help_cache[$key]+set} ]]; then
        _ilacs_help_cache[$key]=$("$1" ${2:+"$2"} --help 2>/dev/null)
    fi
    printf '%s\n' "${_ilacs_help_cache[$key]}"
}

# The commands, one a line, from the "Subcommands:" section.
_ilacs_commands() {
    _ilacs_help "$1" "" | awk '/^Subcommands:$/ { inside = 1; next } inside && /^$/ { exit } inside { print $1 }'
}

# The options of a command, one name a line, each followed by a tab and its value type
# ("TEXT:{json,text,csv}", "TEXT:DIR"; empty for a flag), from the "Options:" section.
_ilacs_options() {
    _ilacs_help "$1" "$2" | awk '
        /^Options:$/ { inside = 1; next }
        inside && /^$/ { exit }
        inside && /^  -/ {
            line = substr($0, 3)
            names = line; sub(/ .*/, "", names)
            rest = substr(line, length(names) + 1)
            type = ""
            if (rest ~ /^ [^ ]/) { type = substr(rest, 2); sub(/  .*/, "", type) }
            n = split(names, each, ",")
            for (i = 1; i <= n; i++) print each[i] "\t" type
        }'
}

_ilacs() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # --format=json: bash splits at '=', so the option is the word before it.
    if [[ $cur == "=" ]]; then
        cur=""
    elif [[ $prev == "=" ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    local ilacs=${COMP_WORDS[0]/#\~/$HOME}
    command -v "$ilacs" >/dev/null 2>&1 || ilacs=ilacs

    local commands command="" i
    commands=$(_ilacs_commands "$ilacs")
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ $'\n'$commands$'\n' == *$'\n'${COMP_WORDS[i]}$'\n'* ]]; then
            command=${COMP_WORDS[i]}
            break
        fi
    done
    local options
    options=$(_ilacs_options "$ilacs" "$command")

    if [[ $prev == -* ]]; then
        local type
        type=$(awk -F '\t' -v option="$prev" '$1 == option { print $2; exit }' <<<"$options")
        if [[ -n $type ]]; then
            case $type in
                *:\{*\}*)
                    local values=${type#*\{}
                    values=${values%%\}*}
                    mapfile -t COMPREPLY < <(compgen -W "${values//,/ }" -- "$cur") ;;
                *DIR*) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
                *FILE* | TEXT) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
                *) COMPREPLY=() ;;
            esac
            return
        fi
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(cut -f 1 <<<"$options")" -- "$cur")
    elif [[ -z $command ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
    else
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

complete -F _ilacs ilacs
