-- A session of Neovim's own LSP client (0.7 or later) with `dataset lsp`, run by NeovimTests:
--   nvim --headless --clean -u NONE -c 'luafile session.lua'
-- It reads what to do from the JSON file named by DATASET_NVIM_CONFIG (the server's command, the workspace, the article,
-- the positions to ask at) and writes what it got, as JSON, to the file named by DATASET_NVIM_OUTPUT, then quits.
local config = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('DATASET_NVIM_CONFIG')), '\n'))
local result = { steps = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('DATASET_NVIM_OUTPUT'))
  vim.cmd('qa!')
end

local function fail(message)
  result.error = message
  finish()
end

local function step(name, run)
  local ok, problem = pcall(run)
  if not ok then
    fail(name .. ': ' .. tostring(problem))
  end
  result.steps[#result.steps + 1] = name
  return ok
end

local client_id = vim.lsp.start_client({
  name = 'dataset',
  cmd = config.command,
  root_dir = config.root,
  on_exit = function(code)
    result.server_exit = code
  end,
})
if not client_id then
  fail('the client did not start')
  return
end

vim.cmd('edit ' .. vim.fn.fnameescape(config.article))
local buffer = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buffer, client_id)

-- The position parameters at a protocol (line, character) in the open article.
local function at(position)
  return { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = position[1], character = position[2] } }
end

-- The one answer of the dataset server to a request, or an error.
local function request(method, parameters)
  local answers, problem = vim.lsp.buf_request_sync(buffer, method, parameters, config.timeout)
  if not answers then
    error(method .. ' got no answer: ' .. tostring(problem))
  end
  local answer = answers[client_id]
  if not answer then
    error(method .. ' got no answer from the dataset server')
  end
  if answer.err then
    error(method .. ' failed: ' .. vim.inspect(answer.err))
  end
  return answer.result
end

local ok = step('diagnostics', function()
  if not vim.wait(config.timeout, function() return #vim.diagnostic.get(buffer) > 0 end, 50) then
    error('no diagnostics came for the article')
  end
  result.diagnostics = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    result.diagnostics[#result.diagnostics + 1] = { line = diagnostic.lnum, character = diagnostic.col, message = diagnostic.message }
  end
end)
ok = ok and step('code action', function()
  local parameters = at(config.codeAction)
  parameters.range = { start = parameters.position, ['end'] = parameters.position }
  parameters.position = nil
  parameters.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer, config.codeAction[1]) }
  local actions = request('textDocument/codeAction', parameters)
  result.actions = {}
  local chosen
  for _, action in ipairs(actions) do
    result.actions[#result.actions + 1] = action.title
    if action.title == config.actionTitle then
      chosen = action
    end
  end
  if not chosen then
    error('no code action titled ' .. config.actionTitle)
  end
  -- Applying it changes the buffer, which the client sends to the server (incrementally when the server asks so).
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  if not vim.wait(config.timeout, function() return #vim.diagnostic.get(buffer) == 0 end, 50) then
    error('the diagnostic stayed after the code action')
  end
  result.fixed = table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n')
end)
ok = ok and step('completion', function()
  local list = request('textDocument/completion', at(config.completion))
  result.completion = {}
  for _, item in ipairs(list.items or list) do
    result.completion[#result.completion + 1] = item.label
  end
end)
ok = ok and step('hover', function()
  result.hover = request('textDocument/hover', at(config.hover)).contents.value
end)
ok = ok and step('rename', function()
  local parameters = at(config.rename)
  parameters.newName = config.newName
  local edit = request('textDocument/rename', parameters)
  vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
  result.renamed = table.concat(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), '\n')
end)
if ok then
  finish()
end
