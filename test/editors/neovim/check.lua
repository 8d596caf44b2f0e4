-- The headless Neovim test (run by run.sh after init.lua): open an instrument
-- that lacks its term clause and is badly indented, wait for the server's
-- diagnostics, apply the quick fix that inserts the term, format, and ask the
-- server for the HTML preview. Exits 0 when all work; otherwise prints what
-- failed and exits 1.
local function fail(msg)
  io.stderr:write('neovim test FAILED: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end
local function step(msg) io.stderr:write('neovim test: ' .. msg .. '\n') end
local function text() return table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') end
local function codes()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do out[#out + 1] = tostring(d.code) end
  return out
end
local function has_code(code)
  for _, c in ipairs(codes()) do if c == code then return true end end
  return false
end

local ok, err = pcall(function()
  if vim.bo.filetype ~= 'poa' then return fail('filetype is "' .. vim.bo.filetype .. '", not poa') end

  -- 1. Diagnostics.
  if not vim.wait(20000, function() return has_code('poa/missing-term') end, 100) then
    return fail('no poa/missing-term diagnostic within 20 s; got: ' .. table.concat(codes(), ', '))
  end
  step('diagnostics: ' .. table.concat(codes(), ', '))

  -- 2. The quick fix for the missing term, as :lua vim.lsp.buf.code_action() would offer it.
  local diagnostic
  for _, d in ipairs(vim.diagnostic.get(0)) do if d.code == 'poa/missing-term' then diagnostic = d end end
  local params = vim.lsp.util.make_range_params()
  params.range = { start = { line = diagnostic.lnum, character = diagnostic.col }, ['end'] = { line = diagnostic.end_lnum, character = diagnostic.end_col } }
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, diagnostic.lnum) }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 10000) or {}
  local action
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do
      if not action and a.edit and a.diagnostics and a.diagnostics[1] and a.diagnostics[1].code == 'poa/missing-term' then action = a end
    end
  end
  if not action then return fail('no quick fix offered for poa/missing-term') end
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  if not text():find('\n%s*term%s*{') then return fail('the quick fix "' .. action.title .. '" did not insert a term clause:\n' .. text()) end
  if not vim.wait(20000, function() return not has_code('poa/missing-term') end, 100) then
    return fail('poa/missing-term still reported after the quick fix')
  end
  step('quick fix applied: ' .. action.title)

  -- 3. Formatting: the badly indented `kind` line comes back to 4 spaces.
  if not text():find('\n          kind section16') then return fail('the test file lost its bad indentation before formatting') end
  vim.lsp.buf.formatting_sync(nil, 10000)
  if text():find('\n          kind section16') or not text():find('\n    kind section16\n') then
    return fail('formatting did not re-indent the file:\n' .. text())
  end
  step('formatted')

  -- 4. The preview, as :PoaPreview and the "Open preview" code lens ask for it.
  local previews = vim.lsp.buf_request_sync(0, 'workspace/executeCommand',
    { command = 'poa.server.preview', arguments = { vim.uri_from_bufnr(0) } }, 10000) or {}
  local file
  for _, r in pairs(previews) do if r.result then file = r.result.file end end
  if not file or vim.fn.filereadable(file) == 0 then return fail('poa.server.preview wrote no HTML file') end
  if not table.concat(vim.fn.readfile(file), '\n'):find('Jane Q. Smith', 1, true) then return fail('the preview ' .. file .. ' lacks the principal') end
  step('preview written to ' .. file)
  vim.cmd('qall!')
end)
if not ok then fail(tostring(err)) end
