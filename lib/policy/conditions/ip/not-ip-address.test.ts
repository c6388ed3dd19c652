import { OPERATORS_DOC, MULTI_VALUE_DOC, runConditionCases } from '../condition-cases'

runConditionCases('NotIpAddress', [
  { name: 'is true outside the block', operator: 'NotIpAddress', policy: ['192.0.2.0/24'], request: '198.51.100.1', expected: true },
  { name: 'is false inside the block', operator: 'NotIpAddress', policy: ['192.0.2.0/24'], request: '192.0.2.7', expected: false },
  { name: 'NORs several blocks: false inside any', operator: 'NotIpAddress', policy: ['192.0.2.0/24', '203.0.113.0/24'], request: '203.0.113.9', expected: false, doc: MULTI_VALUE_DOC },
  { name: 'NORs several blocks: true outside all', operator: 'NotIpAddress', policy: ['192.0.2.0/24', '203.0.113.0/24'], request: '10.0.0.1', expected: true, doc: MULTI_VALUE_DOC },
  { name: 'an IPv6 address is outside an IPv4-only list', operator: 'NotIpAddress', policy: ['192.0.2.0/24'], request: '2001:db8::1', expected: true },
  { name: 'an IPv6 address is outside a bare IPv4 address, as outside its /32', operator: 'NotIpAddress', policy: ['192.0.2.1'], request: '2001:db8::1', expected: true },
  { name: 'a request value that is not an address does not satisfy the negation', operator: 'NotIpAddress', policy: ['192.0.2.0/24'], request: 'example.com', expected: false },
  { name: 'is true when the key is missing', operator: 'NotIpAddress', policy: ['192.0.2.0/24'], request: null, expected: true, doc: OPERATORS_DOC },
])
