// The console's button looks (primary = orange, normal = outlined blue, link-like).
export const PRIMARY_BUTTON =
  'rounded-full border border-console-accent bg-console-accent px-5 py-1.5 font-bold text-console-ink hover:bg-[#ec7211] disabled:cursor-not-allowed disabled:border-gray-300 disabled:bg-gray-200 disabled:text-gray-500'
export const NORMAL_BUTTON =
  'rounded-full border border-console-link bg-white px-4 py-1.5 font-bold text-console-link hover:bg-[#f2f8fd] disabled:cursor-not-allowed disabled:border-gray-300 disabled:text-gray-400'
export const LINK_BUTTON = 'font-bold text-console-link hover:underline'
export const TEXT_INPUT =
  'w-full max-w-xl rounded-md border border-gray-400 bg-white px-3 py-1.5 focus:border-console-link focus:outline-2 focus:outline-console-link aria-invalid:border-red-600'
