-- wrk script: PUT /api/User({id}) with a full seed-shaped body.
--
--   wrk -t2 -c16 -d20s -s bench/http/put-users.lua http://127.0.0.1:18080 -- ids.txt body.template tag 2 token.txt
--
-- (the fourth argument repeats the number of wrk threads: each thread's script only learns its own
-- number; token.txt holds the access token every request sends as Authorization: Bearer)
-- ids.txt holds one user id a line (line i is user i-1, whose username and code carry i-1);
-- body.template is the body with @ID@, @I@ and @NOTE@ to fill in. Each wrk thread takes its own
-- slice of the ids (thread t of n: ids t, t+n, t+2n, ...) and walks it round robin, so two
-- connections only meet on one user if a thread sends its whole slice before an answer comes
-- back. @NOTE@ gets the tag, the thread and a counter: every PUT changes the user's notes.

local created = 0
local counter = 0

function setup(thread)
  thread:set("thread_id", created)
  created = created + 1
end

function init(args)
  local ids_file, template_file = args[1], args[2]
  tag = args[3] or "run"
  local all = {}
  for line in io.lines(ids_file) do
    if #line > 0 then
      table.insert(all, line)
    end
  end
  local f = assert(io.open(template_file, "r"))
  template = f:read("*a")
  f:close()
  local token_file = assert(io.open(assert(args[5], "no token file given"), "r"))
  local token = token_file:read("*l")
  token_file:close()
  local n = tonumber(args[4] or "1")
  local t = thread_id or 0
  mine = {}
  for i = t + 1, #all, n do
    table.insert(mine, { id = all[i], index = tostring(i - 1) })
  end
  position = 0
  headers = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }
end

function request()
  position = position % #mine + 1
  counter = counter + 1
  local user = mine[position]
  local note = tag .. "-" .. (thread_id or 0) .. "-" .. counter
  local body = template:gsub("@ID@", user.id):gsub("@I@", user.index):gsub("@NOTE@", note)
  return wrk.format("PUT", "/api/User(" .. user.id .. ")", headers, body)
end
