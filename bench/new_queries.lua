-- wrk script: every request searches for something this web process has not answered yet.
--
-- The search keeps its answers per content version (search/views.py), so asking "hiel" again measures that
-- memo, not the search. Here each query is a word patients type, in a random mix of capitals: the search
-- folds case away (the same pages, the same excerpts), the memo of answers does not. With about 30,000
-- spellings, a spelling comes back in a run of a few thousand requests only now and then.

local words = {
    "hielspoor", "achillespees", "schouderpijn", "enkelverstuiking", "tennisarm", "liesklachten",
    "springersknie", "steunzolen", "oefentherapie", "prolotherapie", "hardlopen", "scheenbeen",
    "knieklachten", "rugklachten", "duikkeuring", "inspanningstest", "verwijzing", "vergoeding",
    "shockwave", "injectie", "tendinopathie", "nachtspalk", "voetballen", "huisarts",
}

local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("id", counter)
end

function init(args)
    math.randomseed(os.time() * 100 + id)
end

function request()
    local word = words[math.random(#words)]
    local spelled = word:gsub("%a", function(letter)
        if math.random() < 0.5 then
            return letter:upper()
        end
        return letter
    end)
    return wrk.format("GET", "/zoeken/?q=" .. spelled)
end
