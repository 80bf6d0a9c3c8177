-- The README's editor screenshot, run by screenshot.sh in Neovim's terminal UI inside tmux (a real pseudo-terminal):
--   nvim --clean -u NONE -c 'luafile screenshot.lua' ARTICLE
-- It starts `dataset lsp` with Neovim's own client, waits for the article's diagnostics (shown as signs, underlines and
-- virtual text), then types a new mention up to `ref=` and asks for completion (the client's omnifunc, <C-x><C-o>).
-- When the completion menu is on the screen it writes the file named by DATASET_SHOT_READY, and screenshot.sh
-- captures the terminal. The server's command and the workspace come from the JSON file named by DATASET_SHOT_CONFIG.
local config = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('DATASET_SHOT_CONFIG')), '\n'))

vim.o.termguicolors = true
vim.o.number = true
vim.o.signcolumn = 'yes'
vim.o.laststatus = 2
vim.o.showmode = true
vim.o.wrap = false
vim.o.completeopt = 'menuone,noinsert'
vim.o.shortmess = vim.o.shortmess .. 'cF'
vim.cmd('syntax on')
-- Diagnostics as they come, in Insert mode too (Neovim's default waits for leaving it).
vim.diagnostic.config({ update_in_insert = true, virtual_text = true, signs = true, underline = true })

-- A dark theme with the colours of the preview's annotation kinds, so that the capture reads well.
local colours = {
  Normal = { fg = '#d8dee9', bg = '#1e222a' },
  LineNr = { fg = '#4c566a' },
  SignColumn = { bg = '#1e222a' },
  StatusLine = { fg = '#1e222a', bg = '#88c0d0', bold = true },
  Pmenu = { fg = '#d8dee9', bg = '#3b4252' },
  PmenuSel = { fg = '#1e222a', bg = '#88c0d0', bold = true },
  PmenuSbar = { bg = '#3b4252' },
  PmenuThumb = { bg = '#d8dee9' },
  ModeMsg = { fg = '#a3be8c', bold = true },
  DiagnosticError = { fg = '#bf616a' },
  DiagnosticVirtualTextError = { fg = '#bf616a', bg = '#2e2328', italic = true },
  DiagnosticUnderlineError = { undercurl = true, sp = '#bf616a' },
  DiagnosticWarn = { fg = '#ebcb8b' },
  DiagnosticVirtualTextWarn = { fg = '#ebcb8b', bg = '#2e2c25', italic = true },
  DiagnosticUnderlineWarn = { undercurl = true, sp = '#ebcb8b' },
  DiagnosticSignError = { fg = '#bf616a', bold = true },
  DiagnosticSignWarn = { fg = '#ebcb8b', bold = true },
  NonText = { fg = '#4c566a' },
  markdownH1 = { fg = '#88c0d0', bold = true },
  markdownLinkText = { fg = '#ebcb8b' },
  markdownUrl = { fg = '#b48ead' },
  datasetAttributes = { fg = '#81a1c1' },
}
for group, style in pairs(colours) do
  vim.api.nvim_set_hl(0, group, style)
end

-- The annotations' attributes in a colour of their own (Neovim's Markdown syntax does not know Pandoc's spans).
local function attributes()
  vim.cmd([[syntax match datasetAttributes /\]\@<={[^}]*}/ containedin=ALL]])
end

local client_id = vim.lsp.start_client({ name = 'dataset', cmd = config.command, root_dir = config.root })
local buffer = vim.api.nvim_get_current_buf()
vim.bo[buffer].filetype = 'markdown'
attributes()
vim.lsp.buf_attach_client(buffer, client_id)
vim.bo[buffer].omnifunc = 'v:lua.vim.lsp.omnifunc'

local function ready()
  vim.fn.writefile({ 'ready' }, os.getenv('DATASET_SHOT_READY'))
end

-- Waits (without blocking the UI) until check() holds, then runs next; gives up after the timeout.
local function when(check, next, waited)
  waited = waited or 0
  if check() then
    next()
  elseif waited < config.timeout then
    vim.defer_fn(function() when(check, next, waited + 100) end, 100)
  else
    vim.fn.writefile({ 'timed out' }, os.getenv('DATASET_SHOT_READY'))
  end
end

when(function() return #vim.diagnostic.get(buffer) > 0 end, function()
  -- The line with the error near the top of the window, the typed line below it.
  vim.api.nvim_win_set_cursor(0, { config.errorLine + 1, 0 })
  vim.cmd('normal! zt' .. config.scrollUp .. '\25')
  local keys = vim.api.nvim_replace_termcodes('o' .. config.typed .. '<C-x><C-o>', true, false, true)
  vim.api.nvim_feedkeys(keys, 't', false)
  when(function() return vim.fn.pumvisible() == 1 end, function()
    vim.cmd('redraw')
    vim.defer_fn(ready, 300)
  end)
end)
